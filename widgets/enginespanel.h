// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace Stasis
{

class EngineList;
class EngineListModel;
class EngineSession;
class MoveActions;

/// The engines the user keeps, each with its state (EngineListModel): Add…
/// takes an address or a Docker context's name, Add Docker Contexts takes
/// all the Docker CLI knows, Remove forgets one, and
/// activating one shows its containers. Containers dropped onto an engine
/// move there (MoveActions).
class EnginesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnginesPanel)

public:
    EnginesPanel(EngineList *engines, MoveActions *moves, QWidget *parent = nullptr);

    QListView *view() const
    {
        return m_view;
    }
    /// Marks the engine at @p displayUrl as the one shown (bold, and current).
    void setShown(const QString &displayUrl);

Q_SIGNALS:
    /// The user chose to see @p session's engine.
    void shown(Stasis::EngineSession *session);
    /// An address or context name the user added could not be used.
    void problem(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();
    void removeCurrent();
    /// The engine under @p position of the view that containers may move to; nullptr when none.
    EngineSession *moveTargetAt(const QPoint &position) const;

    EngineList *m_engines;
    MoveActions *m_moves;
    EngineListModel *m_model;
    QListView *m_view;
    QPushButton *m_remove;
};

} // namespace Stasis
