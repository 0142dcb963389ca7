// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineendpoint.h"

#include <QMainWindow>

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
class JobQueue;
class JobsPanel;
class CheckpointTimelineView;
class ContainerFilterProxyModel;
class ContainerModel;
class EngineSession;
class LogPane;
struct EngineCapabilities;
struct EngineError;

/// Stasis's main window: the engine's containers, live; for the selected
/// one its checkpoints and its log.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const EngineEndpoint &endpoint, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects to @p endpoint, replacing the current engine.
    void setEngine(const EngineEndpoint &endpoint);
    EngineSession *session() const
    {
        return m_session;
    }

    /// Selects the container named (or with the id) @p nameOrId, now or as
    /// soon as it is listed.
    void selectContainer(const QString &nameOrId);
    /// Selects the checkpoint @p name of the selected container, once listed.
    void selectCheckpoint(const QString &name);
    /// The selected container's id, or empty.
    QString selectedContainerId() const;

    QLabel *banner() const
    {
        return m_banner;
    }
    QAction *checkpointAction() const
    {
        return m_checkpointAction;
    }
    QAction *restoreAction() const
    {
        return m_restoreAction;
    }
    QAction *removeAction() const
    {
        return m_removeAction;
    }
    QAction *restoreIntoAction() const
    {
        return m_restoreIntoAction;
    }
    QAction *checkpointFolderAction() const
    {
        return m_checkpointFolderAction;
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
    JobQueue *jobQueue() const
    {
        return m_jobs;
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
    void showCapabilities(const EngineCapabilities &capabilities);
    void showConnectionProblem(const EngineError &error);
    void onCurrentContainerChanged();
    void onContainersListed();
    void showContainerMenu(const QPoint &position);
    void openCheckpointDialog();
    void restoreSelectedCheckpoint();
    void restoreSelectedCheckpointInto();
    void chooseCheckpointFolder();
    void removeSelectedCheckpoints();
    void updateActions();
    void watchJob(quint64 id, const QString &containerId);
    void loadCheckpoints(const QString &containerId);
    void noteSelectionPartLoaded();
    void chooseEngine(const QString &text);
    void retireSession(EngineSession *session);
    void setConnectionState(const QString &text, const QColor &colour);
    void restoreSettings();
    void saveSettings() const;

    EngineSession *m_session = nullptr;
    ContainerModel *m_containers;
    ContainerFilterProxyModel *m_proxy;
    QTableView *m_containerView;
    LogPane *m_logs;
    CheckpointModel *m_checkpoints;
    CheckpointTimelineView *m_timeline;
    QTableView *m_checkpointView;
    int m_selectionPartsPending = 0;
    /// The container whose checkpoints are being listed, and whether to list again after.
    QString m_listing;
    bool m_listAgain = false;
    QLabel *m_details;
    QTabWidget *m_tabs;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QSplitter *m_checkpointSplitter;
    QLabel *m_banner;
    QComboBox *m_engineBox;
    QLabel *m_connectionState;
    QLabel *m_statusSummary;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QCheckBox *m_withCheckpoints;
    QAction *m_reconnectAction;
    QAction *m_checkpointAction;
    QAction *m_restoreAction;
    QAction *m_removeAction;
    QAction *m_restoreIntoAction;
    QAction *m_checkpointFolderAction;
    QString m_checkpointFolder;
    JobQueue *m_jobs;
    JobsPanel *m_jobsPanel;
    ArchiveActions *m_archives;
    QString m_pendingSelection;
    bool m_listed = false;
};

} // namespace Stasis
