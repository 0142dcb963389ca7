// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginespanel.h"

#include "containermodel.h"
#include "dockercontextstore.h"
#include "engineclient.h"
#include "enginelist.h"
#include "enginelistmodel.h"
#include "enginesession.h"
#include "moveactions.h"
#include "plaintext.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stasis
{

EnginesPanel::EnginesPanel(EngineList *engines, MoveActions *moves, QWidget *parent)
    : QWidget(parent)
    , m_engines(engines)
    , m_moves(moves)
    , m_model(new EngineListModel(engines, this))
    , m_view(new QListView(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_view->setObjectName(QStringLiteral("engines"));
    m_view->setModel(m_model);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->viewport()->installEventFilter(this);
    PlainText::showToolTipsPlain(m_view);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (auto *session = index.data(EngineListModel::SessionRole).value<EngineSession *>()) {
            Q_EMIT shown(session);
        }
    });

    auto *add = new QPushButton(tr("&Add Engine…"), this);
    add->setObjectName(QStringLiteral("addEngineButton"));
    add->setToolTip(tr("Keep another engine: a unix://, tcp:// or ssh:// address, or the name of a Docker context"));
    connect(add, &QPushButton::clicked, this, &EnginesPanel::add);
    auto *contexts = new QPushButton(tr("Add Docker &Contexts"), this);
    contexts->setObjectName(QStringLiteral("addContextsButton"));
    contexts->setToolTip(tr("Keep the engine of every context the Docker CLI knows (docker context ls)"));
    connect(contexts, &QPushButton::clicked, this, [this] {
        if (const QStringList problems = m_engines->addDockerContexts(DockerContextStore()); !problems.isEmpty()) {
            Q_EMIT problem(problems.join(QLatin1Char('\n')));
        }
    });
    m_remove->setObjectName(QStringLiteral("removeEngineButton"));
    m_remove->setToolTip(tr("Forget the selected engine (nothing on it changes)"));
    connect(m_remove, &QPushButton::clicked, this, &EnginesPanel::removeCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(contexts);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void EnginesPanel::setShown(const QString &displayUrl)
{
    m_model->setShown(displayUrl);
    if (EngineSession *session = m_engines->find(displayUrl)) {
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(session)));
    }
}

void EnginesPanel::add()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addEngine"));
    dialog->setWindowTitle(tr("Add Engine"));
    dialog->setLabelText(tr("Address (unix://…, tcp://host:port, ssh://user@host) or Docker context:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString address = text.trimmed();
        const auto endpoint = EngineEndpoint::resolveAddressOrContext(address);
        if (!endpoint) {
            return Q_EMIT problem(endpoint.error());
        }
        EngineSession *session = m_engines->add(*endpoint);
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(session)));
    });
    dialog->open();
}

void EnginesPanel::removeCurrent()
{
    if (auto *session = m_view->currentIndex().data(EngineListModel::SessionRole).value<EngineSession *>()) {
        m_engines->remove(session);
    }
}

EngineSession *EnginesPanel::moveTargetAt(const QPoint &position) const
{
    auto *session = m_view->indexAt(position).data(EngineListModel::SessionRole).value<EngineSession *>();
    return m_moves->canMoveTo(session) ? session : nullptr;
}

bool EnginesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport()) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // Containers may enter anywhere; the engine under the mouse decides whether they may drop.
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const bool containers = !ContainerModel::containerNames(drag->mimeData()).isEmpty();
        if (containers && (event->type() == QEvent::DragEnter || moveTargetAt(drag->position().toPoint()))) {
            drag->setDropAction(Qt::MoveAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        EngineSession *target = moveTargetAt(drop->position().toPoint());
        const QStringList containers = ContainerModel::containerNames(drop->mimeData());
        if (!target || containers.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::MoveAction);
        drop->accept();
        m_moves->confirmMove(containers, target);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace Stasis
