// SPDX-License-Identifier: GPL-2.0-or-later
#include "containermenu.h"

#include "archiveactions.h"
#include "containermodel.h"
#include "moveactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTableView>

namespace Stasis
{

ContainerMenu::ContainerMenu(QTableView *view, QAction *checkpointAction, ArchiveActions *archives, MoveActions *moves)
    : QObject(view)
    , m_view(view)
    , m_checkpointAction(checkpointAction)
    , m_archives(archives)
    , m_moves(moves)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ContainerMenu::show);
}

void ContainerMenu::show(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = index.data(ContainerModel::IdRole).toString();
    menu->addAction(m_checkpointAction);
    QAction *import = menu->addAction(m_archives->importAction()->icon(), m_archives->importAction()->text(), this, [this, id] {
        m_archives->openImportDialog({}, id);
    });
    import->setEnabled(m_archives->importAction()->isEnabled());
    m_moves->addMenu(menu, index.siblingAtColumn(ContainerModel::NameColumn).data().toString());
    menu->addSeparator();
    menu->addAction(tr("Copy &ID"), this, [id] {
        QApplication::clipboard()->setText(id);
    });
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace Stasis
