// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QAction;
class QPoint;
class QTableView;

namespace Stasis
{

class ArchiveActions;
class MoveActions;

/// The context menu of the containers pane: Checkpoint…, Import… into the
/// container under the mouse, Move to Engine, Copy ID.
class ContainerMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerMenu)

public:
    /// @p view shows ContainerModel's rows (possibly through a proxy).
    ContainerMenu(QTableView *view, QAction *checkpointAction, ArchiveActions *archives, MoveActions *moves);

private:
    void show(const QPoint &position);

    QTableView *m_view;
    QAction *m_checkpointAction;
    ArchiveActions *m_archives;
    MoveActions *m_moves;
};

} // namespace Stasis
