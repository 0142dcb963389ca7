// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmodel.h"

#include <QLocale>

#include <algorithm>

namespace Stasis
{

namespace
{
QString displayTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return CheckpointModel::tr("unknown");
    }
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

QString displaySize(qint64 size)
{
    return size < 0 ? CheckpointModel::tr("unknown") : QLocale().formattedDataSize(size);
}

QString displayFolder(const QString &directory)
{
    return directory.isEmpty() ? CheckpointModel::tr("engine default") : directory;
}
} // namespace

CheckpointModel::CheckpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CheckpointModel::~CheckpointModel() = default;

const CheckpointInfo *CheckpointModel::checkpointAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_checkpoints[index.row()];
}

int CheckpointModel::rowOf(const QString &name, const QString &directory) const
{
    for (qsizetype row = 0; row < m_checkpoints.size(); ++row) {
        if (m_checkpoints[row].name == name && m_checkpoints[row].directory == directory) {
            return int(row);
        }
    }
    return -1;
}

void CheckpointModel::setCheckpoints(const QString &container, const QList<CheckpointInfo> &checkpoints)
{
    if (container != m_container) {
        beginResetModel();
        m_container = container;
        m_checkpoints = checkpoints;
        endResetModel();
        return;
    }
    update(checkpoints);
}

void CheckpointModel::clear()
{
    setCheckpoints({}, {});
}

void CheckpointModel::update(const QList<CheckpointInfo> &checkpoints)
{
    const auto isIn = [](const CheckpointInfo &checkpoint, const QList<CheckpointInfo> &list) {
        return std::ranges::any_of(list, [&](const CheckpointInfo &other) {
            return other.isSameCheckpoint(checkpoint);
        });
    };

    // Remove the rows that are gone, last first, a run of neighbours at a time.
    for (int last = int(m_checkpoints.size()) - 1; last >= 0;) {
        if (isIn(m_checkpoints[last], checkpoints)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !isIn(m_checkpoints[first - 1], checkpoints)) {
            --first;
        }
        beginRemoveRows({}, first, last);
        m_checkpoints.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Walk the new order: keep, move or insert each, then update what changed.
    for (int row = 0; row < checkpoints.size(); ++row) {
        const CheckpointInfo &wanted = checkpoints[row];
        int found = -1;
        for (int other = row; other < m_checkpoints.size(); ++other) {
            if (m_checkpoints[other].isSameCheckpoint(wanted)) {
                found = other;
                break;
            }
        }
        if (found < 0) {
            int last = row;
            while (last + 1 < checkpoints.size() && !isIn(checkpoints[last + 1], m_checkpoints)) {
                ++last;
            }
            beginInsertRows({}, row, last);
            m_checkpoints.insert(row, last - row + 1, CheckpointInfo());
            for (int i = row; i <= last; ++i) {
                m_checkpoints[i] = checkpoints[i];
            }
            endInsertRows();
            row = last;
            continue;
        }
        if (found != row) {
            beginMoveRows({}, found, found, {}, row);
            m_checkpoints.move(found, row);
            endMoveRows();
        }
        CheckpointInfo &current = m_checkpoints[row];
        const auto changed = [this, row](int column, QList<int> roles) {
            roles.append({Qt::DisplayRole, Qt::ToolTipRole, RawValueRole});
            Q_EMIT dataChanged(index(row, column), index(row, column), roles);
        };
        const bool createdChanged = current.created != wanted.created;
        const bool sizeChanged = current.size != wanted.size;
        const bool metadataChanged = current.metadata.has_value() != wanted.metadata.has_value() ||
            (current.metadata && wanted.metadata && current.metadata->toJson() != wanted.metadata->toJson());
        current = wanted;
        if (metadataChanged) {
            changed(DumpColumn, {});
            changed(LeftRunningColumn, {});
        }
        if (createdChanged) {
            changed(CreatedColumn, {});
        }
        if (sizeChanged) {
            changed(SizeColumn, {});
        }
        if (createdChanged || sizeChanged) {
            // Every column's tooltip tells the time and size.
            Q_EMIT dataChanged(index(row, NameColumn), index(row, ColumnCount - 1), {Qt::ToolTipRole});
        }
    }
}

int CheckpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkpoints.size());
}

int CheckpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointModel::data(const QModelIndex &index, int role) const
{
    const CheckpointInfo *checkpoint = checkpointAt(index);
    if (!checkpoint) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return checkpoint->name;
        case CreatedColumn:
            return displayTime(checkpoint->created);
        case SizeColumn:
            return displaySize(checkpoint->size);
        case DumpColumn:
            return checkpoint->metadata && checkpoint->metadata->dumpMilliseconds >= 0
                ? tr("%1 s").arg(QLocale().toString(checkpoint->metadata->dumpMilliseconds / 1000.0, 'f', 2))
                : QString();
        case LeftRunningColumn:
            return checkpoint->metadata ? (checkpoint->metadata->leftRunning ? tr("yes") : tr("no")) : QString();
        case FolderColumn:
            return displayFolder(checkpoint->directory);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return checkpoint->name;
        case CreatedColumn:
            return checkpoint->created;
        case SizeColumn:
            return checkpoint->size;
        case DumpColumn:
            return checkpoint->metadata ? checkpoint->metadata->dumpMilliseconds : qint64(-1);
        case LeftRunningColumn:
            return checkpoint->metadata ? QVariant(checkpoint->metadata->leftRunning) : QVariant();
        case FolderColumn:
            return checkpoint->directory;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(*checkpoint);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DumpColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QString CheckpointModel::toolTip(const CheckpointInfo &checkpoint) const
{
    const QString created = checkpoint.created.isValid()
        ? tr("%1 (%2 UTC)").arg(displayTime(checkpoint.created), checkpoint.created.toUTC().toString(Qt::ISODateWithMs))
        : tr("unknown");
    const QString size = checkpoint.size < 0 ? tr("unknown") : tr("%1 (%2 bytes)").arg(displaySize(checkpoint.size), QLocale().toString(checkpoint.size));
    QString tip = tr("Checkpoint %1\nTaken: %2\nSize: %3\nFolder: %4").arg(checkpoint.name, created, size, displayFolder(checkpoint.directory));
    if (const auto &metadata = checkpoint.metadata) {
        tip += QLatin1Char('\n') +
            tr("Dump took %1 ms; container %2; Docker %3, Stasis %4")
                .arg(metadata->dumpMilliseconds)
                .arg(metadata->leftRunning ? tr("left running") : tr("stopped"), metadata->engineVersion, metadata->stasisVersion);
        if (metadata->memoryPagesSize >= 0) {
            tip += QLatin1Char('\n') + tr("Memory pages: %1").arg(displaySize(metadata->memoryPagesSize));
        }
    }
    return tip;
}

QVariant CheckpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Taken");
    case SizeColumn:
        return tr("Size");
    case DumpColumn:
        return tr("Dump time");
    case LeftRunningColumn:
        return tr("Left running");
    case FolderColumn:
        return tr("Folder");
    }
    return {};
}

Qt::ItemFlags CheckpointModel::flags(const QModelIndex &index) const
{
    if (!checkpointAt(index)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Stasis
