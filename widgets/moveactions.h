// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Stasis
{

class EngineList;
class EngineSession;
class Workspace;

/// Moving containers of the shown engine to another kept engine: the
/// containers menu's Move to Engine submenu and the drop of containers onto
/// an engine (EnginesPanel) both come here; after a confirmation, which
/// offers to keep the source, a MoveJob is queued.
class MoveActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveActions)

public:
    MoveActions(Workspace *workspace, EngineList *engines, QWidget *window);

    /// Whether containers of the shown engine can move to @p target now: it
    /// is connected, able to checkpoint, and another engine.
    bool canMoveTo(const EngineSession *target) const;
    /// Adds "Move to Engine" with each kept engine to @p menu, for @p container.
    void addMenu(QMenu *menu, const QString &container);
    /// Asks, then moves @p containers of the shown engine to @p target.
    void confirmMove(const QStringList &containers, EngineSession *target);

Q_SIGNALS:
    void jobQueued();

private:
    Workspace *m_workspace;
    EngineList *m_engines;
    QWidget *m_window;
};

} // namespace Stasis
