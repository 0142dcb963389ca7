// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobmodel.h"

#include <QLocale>

namespace Stasis
{

JobModel::JobModel(JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &JobModel::refreshElapsed);
    if (!queue) {
        return;
    }
    m_ids = queue->ids();
    connect(queue, &JobQueue::recordAdded, this, &JobModel::add);
    connect(queue, &JobQueue::recordChanged, this, &JobModel::change);
    connect(queue, &JobQueue::recordRemoved, this, &JobModel::remove);
    if (queue->runningCount() > 0) {
        m_elapsedTimer.start();
    }
}

JobModel::~JobModel() = default;

const JobQueue::Record *JobModel::recordAt(const QModelIndex &index) const
{
    if (!m_queue || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return m_queue->record(m_ids[index.row()]);
}

int JobModel::rowOf(JobQueue::Id id) const
{
    return int(m_ids.indexOf(id));
}

QString JobModel::stateText(JobQueue::State state)
{
    switch (state) {
    case JobQueue::State::Queued:
        return tr("Queued");
    case JobQueue::State::Running:
        return tr("Running");
    case JobQueue::State::Done:
        return tr("Done");
    case JobQueue::State::Failed:
        return tr("Failed");
    case JobQueue::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobModel::elapsedText(qint64 milliseconds)
{
    if (milliseconds < 0) {
        return {};
    }
    if (milliseconds < 60000) {
        return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
    }
    const qint64 seconds = milliseconds / 1000;
    const QString minutesAndSeconds = QStringLiteral("%1:%2").arg(seconds / 60 % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600) {
        return minutesAndSeconds;
    }
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesAndSeconds.rightJustified(5, QLatin1Char('0')));
}

void JobModel::add(JobQueue::Id id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void JobModel::change(JobQueue::Id id, JobQueue::Changes changes)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    if (changes.testFlag(JobQueue::StateChange)) {
        Q_EMIT dataChanged(index(row, StateColumn), index(row, ElapsedColumn), {Qt::DisplayRole, RawValueRole, StateRole, ProgressRole, Qt::ToolTipRole});
        // Every column carries the state role.
        Q_EMIT dataChanged(index(row, DescriptionColumn), index(row, ColumnCount - 1), {StateRole});
        if (m_queue && m_queue->runningCount() > 0 && !m_elapsedTimer.isActive()) {
            m_elapsedTimer.start();
        }
    } else if (changes.testFlag(JobQueue::ProgressChange)) {
        Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn), {Qt::DisplayRole, RawValueRole, ProgressRole});
    }
    if (changes.testFlag(JobQueue::ProgressChange)) {
        // Every column carries the progress role.
        Q_EMIT dataChanged(index(row, DescriptionColumn), index(row, ColumnCount - 1), {ProgressRole});
    }
    if (changes.testFlag(JobQueue::MessageChange)) {
        Q_EMIT dataChanged(index(row, MessageColumn), index(row, MessageColumn), {Qt::DisplayRole, RawValueRole, Qt::ToolTipRole});
    }
}

void JobModel::remove(JobQueue::Id id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void JobModel::refreshElapsed()
{
    if (!m_queue || m_queue->runningCount() == 0) {
        m_elapsedTimer.stop();
    }
    if (!m_queue) {
        return;
    }
    for (int row = 0; row < m_ids.size(); ++row) {
        const JobQueue::Record *record = m_queue->record(m_ids[row]);
        if (record && record->state == JobQueue::State::Running) {
            Q_EMIT dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn), {Qt::DisplayRole, RawValueRole});
        }
    }
}

QString JobModel::message(const JobQueue::Record &record) const
{
    if (record.state == JobQueue::State::Failed && !record.errorText.isEmpty()) {
        return record.errorText;
    }
    return record.log.isEmpty() ? QString() : record.log.last().text;
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    const JobQueue::Record *record = recordAt(index);
    if (!record) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DescriptionColumn:
            return record->description;
        case ContainerColumn:
            return record->containerKey;
        case StateColumn:
            return stateText(record->state);
        case ProgressColumn:
            return record->percent < 0 ? QString() : QLocale().toString(record->percent) + QStringLiteral(" %");
        case ElapsedColumn:
            return elapsedText(m_queue->elapsedMs(*record));
        case MessageColumn:
            return message(*record);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case DescriptionColumn:
            return record->description;
        case ContainerColumn:
            return record->containerKey;
        case StateColumn:
            return int(record->state);
        case ProgressColumn:
            return record->percent;
        case ElapsedColumn:
            return m_queue->elapsedMs(*record);
        case MessageColumn:
            return message(*record);
        }
        break;
    case ProgressRole:
        return record->percent;
    case IdRole:
        return record->id;
    case StateRole:
        return int(record->state);
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn) {
            const QString text = message(*record);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (index.column() == StateColumn || index.column() == ElapsedColumn) {
            const QLocale locale;
            QStringList lines{tr("Queued at %1").arg(locale.toString(record->queuedAt.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")))};
            if (record->startedAt.isValid()) {
                lines.append(tr("Started at %1").arg(locale.toString(record->startedAt.toLocalTime(), QStringLiteral("HH:mm:ss.zzz"))));
            }
            if (record->finishedAt.isValid()) {
                lines.append(tr("Ended at %1").arg(locale.toString(record->finishedAt.toLocalTime(), QStringLiteral("HH:mm:ss.zzz"))));
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QVariant JobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DescriptionColumn:
        return tr("Job");
    case ContainerColumn:
        return tr("Container");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

Qt::ItemFlags JobModel::flags(const QModelIndex &index) const
{
    if (!recordAt(index)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Stasis
