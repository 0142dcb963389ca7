// SPDX-License-Identifier: GPL-2.0-or-later
#include "containermodel.h"

#include "containermonitor.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>
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
    connect(this, &ContainerModel::checkpointCountWanted, monitor, &ContainerMonitor::countCheckpoints);
    // The new monitor has been asked for nothing yet.
    for (Row &row : m_rows) {
        row.countWanted = false;
    }
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
    if (role == CheckpointCountRole || (index.column() == CheckpointsColumn && (role == Qt::DisplayRole || role == RawValueRole))) {
        wantCount(index.row());
    }
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

Qt::ItemFlags ContainerModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList ContainerModel::mimeTypes() const
{
    return {containerMimeType};
}

QMimeData *ContainerModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList names;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid)) {
            const QString name = m_rows.at(index.row()).summary.name;
            if (!names.contains(name)) {
                names.append(name);
            }
        }
    }
    auto *data = new QMimeData;
    data->setData(containerMimeType, names.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions ContainerModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ContainerModel::containerNames(const QMimeData *data)
{
    if (!data || !data->hasFormat(containerMimeType)) {
        return {};
    }
    return QString::fromUtf8(data->data(containerMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
    if (const int row = rowOfId(idOrName); row >= 0) {
        return row;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).summary.name == idOrName) {
            return row;
        }
    }
    return -1;
}

int ContainerModel::rowOfId(const QString &id) const
{
    const auto key = m_keyById.constFind(id);
    if (key == m_keyById.cend()) {
        return -1;
    }
    const auto row = std::lower_bound(m_rows.cbegin(), m_rows.cend(), *key, [](const Row &row, quint64 key) {
        return row.key < key;
    });
    return int(row - m_rows.cbegin());
}

void ContainerModel::setContainers(const QList<ContainerSummary> &containers)
{
    QSet<QString> present;
    for (const ContainerSummary &container : containers) {
        present.insert(container.id);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (const QString id = m_rows.at(row).summary.id; !present.contains(id)) {
            removeContainer(id);
        }
    }
    QList<ContainerSummary> added;
    for (const ContainerSummary &container : containers) {
        if (m_keyById.contains(container.id)) {
            updateContainer(container);
        } else {
            added.append(container);
        }
    }
    appendRows(added);
}

void ContainerModel::updateContainer(const ContainerSummary &container)
{
    const int row = rowOfId(container.id);
    if (row < 0) {
        appendRows({container});
        return;
    }
    const ContainerSummary &old = m_rows.at(row).summary;
    if (old.name == container.name && old.image == container.image && old.state == container.state && old.status == container.status &&
        old.created == container.created) {
        return;
    }
    m_rows[row].summary = container;
    emitRowChanged(row);
}

void ContainerModel::removeContainer(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_keyById.remove(id);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ContainerModel::setCheckpointCount(const QString &id, int count)
{
    const int row = rowOfId(id);
    if (row < 0 || m_rows.at(row).checkpointCount == count) {
        return;
    }
    m_rows[row].checkpointCount = count;
    const QModelIndex cell = index(row, CheckpointsColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole, CheckpointCountRole});
}

void ContainerModel::noteCheckpoint(const QString &id, const QDateTime &time)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    QDateTime &last = m_rows[row].lastCheckpoint;
    if (last.isValid() && last >= time) {
        return;
    }
    last = time;
    const QModelIndex cell = index(row, LastCheckpointColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, RawValueRole});
}

void ContainerModel::emitRowChanged(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

void ContainerModel::appendRows(const QList<ContainerSummary> &containers)
{
    if (containers.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(containers.size()) - 1);
    for (const ContainerSummary &container : containers) {
        m_keyById.insert(container.id, m_nextKey);
        m_rows.append(Row{container, m_nextKey++, -1, {}, false});
    }
    endInsertRows();
}

void ContainerModel::wantCount(int row) const
{
    if (m_rows.at(row).checkpointCount >= 0 || m_rows.at(row).countWanted) {
        return;
    }
    // Reading a cell is const; asking for its value once is not.
    auto *self = const_cast<ContainerModel *>(this);
    self->m_rows[row].countWanted = true;
    Q_EMIT self->checkpointCountWanted(m_rows.at(row).summary.id);
}

} // namespace Stasis
