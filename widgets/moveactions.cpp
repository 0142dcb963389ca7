// SPDX-License-Identifier: GPL-2.0-or-later
#include "moveactions.h"

#include "engineclient.h"
#include "enginelist.h"
#include "enginesession.h"
#include "plaintext.h"
#include "workspace.h"

#include <QCheckBox>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>

namespace Stasis
{

MoveActions::MoveActions(Workspace *workspace, EngineList *engines, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_engines(engines)
    , m_window(window)
{
}

bool MoveActions::canMoveTo(const EngineSession *target) const
{
    const EngineSession *shown = m_workspace->session();
    return target && shown && target->client()->endpoint().displayUrl() != shown->client()->endpoint().displayUrl() && target->capabilities().canCheckpoint() &&
        shown->capabilities().canCheckpoint();
}

void MoveActions::addMenu(QMenu *menu, const QString &container)
{
    QMenu *engines = menu->addMenu(tr("&Move to Engine"));
    engines->setObjectName(QStringLiteral("moveToEngine"));
    for (EngineSession *target : m_engines->sessions()) {
        const QPointer<EngineSession> guarded = target;
        QAction *action = engines->addAction(target->client()->endpoint().displayUrl(), this, [this, container, guarded] {
            if (guarded) {
                confirmMove({container}, guarded);
            }
        });
        action->setEnabled(canMoveTo(target));
    }
    engines->setEnabled(!engines->actions().isEmpty());
}

void MoveActions::confirmMove(const QStringList &containers, EngineSession *target)
{
    if (containers.isEmpty() || !canMoveTo(target)) {
        return;
    }
    const QString engine = target->client()->endpoint().displayUrl();
    auto *question = PlainText::box(new QMessageBox(QMessageBox::Question,
                                                    tr("Move to %1").arg(engine),
                                                    tr("Move %1 to %2? Each container is frozen here, carried with its image and file system, "
                                                       "restored there from the same point, then removed here.")
                                                        .arg(containers.join(QLatin1String(", ")), engine),
                                                    QMessageBox::Cancel,
                                                    m_window));
    question->setObjectName(QStringLiteral("moveConfirmation"));
    question->addButton(tr("&Move"), QMessageBox::AcceptRole);
    question->setCheckBox(new QCheckBox(tr("&Keep them here, stopped, with their checkpoint"), question));
    question->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<EngineSession> guarded = target;
    connect(question, &QMessageBox::buttonClicked, this, [this, question, containers, guarded, engine](QAbstractButton *button) {
        if (question->buttonRole(button) != QMessageBox::AcceptRole || !guarded) {
            return;
        }
        const Workspace::MoveOptions options{question->checkBox()->isChecked(), false};
        for (const QString &container : containers) {
            m_workspace->move(guarded, MoveJob::Request{container, {}, {}}, options, tr("Move %1 to %2").arg(container, engine));
        }
        Q_EMIT jobQueued();
    });
    question->open();
}

} // namespace Stasis
