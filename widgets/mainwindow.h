// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointactions.h"
#include "checkpointinfo.h"
#include "connectionstatus.h"
#include "engineendpoint.h"
#include "engineerror.h"
#include "windowsettings.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Stasis
{

class ArchiveActions;
class CheckpointModel;
class CheckpointTimelineView;
class ContainerFilterProxyModel;
class ContainerModel;
class EngineList;
class EngineSession;
class EnginesPanel;
class JobQueue;
class JobsPanel;
class LogPane;
class MoveActions;
class Workspace;

/// Stasis's main window: the engines the user keeps, the shown engine's
/// containers, live; for the selected one its checkpoints and its log. Layout and wiring: the workspace runs
/// the engine and the jobs, the controllers hold the actions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const EngineEndpoint &endpoint, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects to @p endpoint, replacing the current engine.
    void setEngine(const EngineEndpoint &endpoint);
    EngineSession *session() const;

    /// Selects the container named (or with the id) @p nameOrId, now or as
    /// soon as it is listed.
    void selectContainer(const QString &nameOrId);
    /// Selects the checkpoint @p name of the selected container, once listed.
    void selectCheckpoint(const QString &name);
    /// The selected container's id, or empty.
    QString selectedContainerId() const;

    QLabel *banner() const
    {
        return m_connection->banner();
    }
    QAction *checkpointAction() const
    {
        return m_checkpointActions->checkpointAction();
    }
    QAction *restoreAction() const
    {
        return m_checkpointActions->restoreAction();
    }
    QAction *removeAction() const
    {
        return m_checkpointActions->removeAction();
    }
    QAction *restoreIntoAction() const
    {
        return m_checkpointActions->restoreIntoAction();
    }
    QAction *checkpointFolderAction() const
    {
        return m_checkpointActions->checkpointFolderAction();
    }
    /// The custom folder whose checkpoints are listed; empty for the engine's default.
    QString checkpointFolder() const
    {
        return m_checkpointFolder;
    }
    /// Lists the selected container's checkpoints in @p folder (an engine
    /// host path; empty: the engine's default folder).
    void showCheckpointFolder(const QString &folder);
    ArchiveActions *archiveActions() const
    {
        return m_archives;
    }
    JobQueue *jobQueue() const;
    /// The engines the user keeps; the shown one among them.
    EngineList *engines() const
    {
        return m_engines;
    }
    EnginesPanel *enginesPanel() const
    {
        return m_enginesPanel;
    }

Q_SIGNALS:
    /// The engine answered and its containers are listed (ok), or it could
    /// not be reached (the reason is shown in the banner).
    void loaded(bool ok);
    /// What is shown for the selected container (its log so far) is loaded.
    void selectionLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createToolBar();
    void createPanes();
    void followSession(EngineSession *session);
    void onCurrentContainerChanged();
    void onContainersListed();
    void listCheckpoints();
    void showCheckpoints(const QString &containerId, const QString &folder, const EngineResult<QList<CheckpointInfo>> &checkpoints);
    void updateActions();
    void noteSelectionPartLoaded();
    void showJobs();

    Workspace *m_workspace;
    ContainerModel *m_containers;
    ContainerFilterProxyModel *m_proxy;
    QTableView *m_containerView;
    LogPane *m_logs;
    CheckpointModel *m_checkpoints;
    CheckpointTimelineView *m_timeline;
    QTableView *m_checkpointView;
    QTabWidget *m_tabs;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    QSplitter *m_rightSplitter;
    QSplitter *m_checkpointSplitter;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QCheckBox *m_withCheckpoints;
    ConnectionStatus *m_connection;
    CheckpointActions *m_checkpointActions;
    ArchiveActions *m_archives;
    EngineList *m_engines;
    MoveActions *m_moves;
    EnginesPanel *m_enginesPanel;
    JobsPanel *m_jobsPanel;
    std::optional<WindowSettings> m_settings;
    int m_selectionPartsPending = 0;
    QString m_checkpointFolder;
    QString m_pendingSelection;
    bool m_listed = false;
};

} // namespace Stasis
