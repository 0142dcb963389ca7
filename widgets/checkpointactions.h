// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QAction;
class QItemSelectionModel;
class QMainWindow;

namespace Stasis
{

class CheckpointModel;
class ContainerModel;
class Workspace;

/// The main window's checkpoint actions: Checkpoint…, Restore (Rewind… for
/// a running container), Restore Into…, Remove Checkpoints… and Checkpoint
/// Folder…, their dialogs and confirmations, and the jobs they queue in the
/// workspace.
class CheckpointActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointActions)

public:
    /// Acts on the current and selected rows of @p containerSelection (over
    /// a view of @p containers, possibly through a proxy) and of
    /// @p checkpointSelection (over @p checkpoints); dialogs open over @p window.
    CheckpointActions(Workspace *workspace,
                      ContainerModel *containers,
                      QItemSelectionModel *containerSelection,
                      CheckpointModel *checkpoints,
                      QItemSelectionModel *checkpointSelection,
                      QMainWindow *window);

    QAction *checkpointAction() const
    {
        return m_checkpointAction;
    }
    QAction *restoreAction() const
    {
        return m_restoreAction;
    }
    QAction *restoreIntoAction() const
    {
        return m_restoreIntoAction;
    }
    QAction *removeAction() const
    {
        return m_removeAction;
    }
    QAction *checkpointFolderAction() const
    {
        return m_checkpointFolderAction;
    }

    /// The folder whose checkpoints are shown, offered by Checkpoint Folder….
    void setFolder(const QString &folder);
    /// Enables the actions for the selection; @p usable false disables them
    /// all with @p problem as their tooltip.
    void update(bool usable, const QString &problem);

Q_SIGNALS:
    /// A job was queued (the window shows the jobs).
    void jobQueued();
    /// Checkpoint Folder… chose @p folder (empty: the engine's default).
    void folderChosen(const QString &folder);

private:
    void openCheckpointDialog();
    void restoreSelected();
    void restoreSelectedInto();
    void chooseFolder();
    void removeSelected();
    QString currentContainerName() const;

    Workspace *m_workspace;
    ContainerModel *m_containers;
    QItemSelectionModel *m_containerSelection;
    CheckpointModel *m_checkpoints;
    QItemSelectionModel *m_checkpointSelection;
    QMainWindow *m_window;
    QAction *m_checkpointAction;
    QAction *m_restoreAction;
    QAction *m_removeAction;
    QAction *m_restoreIntoAction;
    QAction *m_checkpointFolderAction;
    QString m_folder;
};

} // namespace Stasis
