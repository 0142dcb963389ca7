// SPDX-License-Identifier: GPL-2.0-or-later
#include "containermodel.h"

#include "containermonitor.h"

#include <QColor>
#include <QLocale>
#include <QSet>

namespace Stasis
{

ContainerModel::ContainerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContainerModel::follow(ContainerMonitor *monitor)
{
    connect(monitor, &ContainerMonitor::containersListed, this, &ContainerModel::setContainers);
    connect(monitor, &ContainerMonitor::containerChanged, this, &ContainerModel::updateContainer);
    connect(monitor, &ContainerMonitor::containerRemoved, this, &ContainerModel::removeContainer);
    connect(monitor, &ContainerMonitor::checkpointsCounted, this, &ContainerModel::setCheckpointCount);
    connect(monitor, &ContainerMonitor::checkpointTaken, this, &ContainerModel::noteCheckpoint);
}

int ContainerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case IdRole:
        return row.summary.id;
    case StateRole:
        return row.summary.state;
    case CheckpointCountRole:
        return row.checkpointCount;
    case Qt::ToolTipRole:
        return tr("%1\nid %2\nimage %3\n%4").arg(row.summary.name, row.summary.id.left(12), row.summary.image, row.summary.status);
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            const QString &state = row.summary.state;
            return state == QLatin1String("running") ? QColor(0x2e, 0xa0, 0x43)
                : state == QLatin1String("paused")   ? QColor(0xd9, 0x8e, 0x04)
                                                     : QColor(0x9a, 0x9a, 0x9a);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CheckpointsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ContainerModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return row.summary.name;
    case ImageColumn:
        return row.summary.image;
    case StateColumn:
        return row.summary.state;
    case StatusColumn:
        return row.summary.status;
    case CreatedColumn:
        return locale.toString(row.summary.created.toLocalTime(), QLocale::ShortFormat);
    case CheckpointsColumn:
        return row.checkpointCount < 0 ? QString() : QString::number(row.checkpointCount);
    case LastCheckpointColumn:
        return row.lastCheckpoint.isValid() ? locale.toString(row.lastCheckpoint.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant ContainerModel::rawData(const Row &row, int column) const
{
    switch (column) {
    case CreatedColumn:
        return row.summary.created;
    case CheckpointsColumn:
        return row.checkpointCount;
    case LastCheckpointColumn:
        return row.lastCheckpoint;
    default:
        return displayData(row, column);
    }
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ImageColumn:
        return tr("Image");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case CheckpointsColumn:
        return tr("Checkpoints");
    case LastCheckpointColumn:
        return tr("Last checkpoint");
    default:
        return {};
    }
}

int ContainerModel::rowOf(const QString &idOrName) const
{
    if (const auto it = m_rowById.constFind(idOrName); it != m_rowById.cend()) {
        return *it;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).summary.name == idOrName) {
            return row;
        }
    }
    return -1;
}

void ContainerModel::setContainers(const QList<ContainerSummary> &containers)
{
    QSet<QString> present;
    for (const ContainerSummary &container : containers) {
        present.insert(container.id);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!present.contains(m_rows.at(row).summary.id)) {
            removeContainer(m_rows.at(row).summary.id);
        }
    }
    QList<Row> added;
    for (const ContainerSummary &container : containers) {
        if (m_rowById.contains(container.id)) {
            updateContainer(container);
        } else {
            added.append(Row{container, -1, {}});
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindexFrom(first);
        endInsertRows();
    }
}

void ContainerModel::updateContainer(const ContainerSummary &container)
{
    const auto it = m_rowById.constFind(container.id);
    if (it == m_rowById.cend()) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(Row{container, -1, {}});
        m_rowById.insert(container.id, row);
        endInsertRows();
        return;
    }
    Row &row = m_rows[*it];
    const ContainerSummary &old = row.summary;
    if (old.name == container.name && old.image == container.image && old.state == container.state && old.status == container.status &&
        old.created == container.created) {
        return;
    }
    row.summary = container;
    emitRowChanged(*it);
}

void ContainerModel::removeContainer(const QString &id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend()) {
        return;
    }
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

void ContainerModel::setCheckpointCount(const QString &id, int count)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend() || m_rows.at(*it).checkpointCount == count) {
        return;
    }
    m_rows[*it].checkpointCount = count;
    const QModelIndex cell = index(*it, CheckpointsColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole, CheckpointCountRole});
}

void ContainerModel::noteCheckpoint(const QString &id, const QDateTime &time)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend()) {
        return;
    }
    Row &row = m_rows[*it];
    if (row.lastCheckpoint.isValid() && row.lastCheckpoint >= time) {
        return;
    }
    row.lastCheckpoint = time;
    const QModelIndex cell = index(*it, LastCheckpointColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole});
}

void ContainerModel::emitRowChanged(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

void ContainerModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).summary.id, i);
    }
}

} // namespace Stasis
