// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "jobqueue.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace Stasis
{

/// The jobs of a JobQueue, one row each, oldest first: rows are inserted as
/// jobs are queued and removed when the queue forgets them; a change is one
/// dataChanged for its row and columns. While jobs run, the elapsed column
/// of their rows updates once a second.
class JobModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobModel)

public:
    enum Column { DescriptionColumn, ContainerColumn, StateColumn, ProgressColumn, ElapsedColumn, MessageColumn, ColumnCount };
    enum Role {
        /// The value behind the display text, for sorting: description and
        /// container (QString), state (int, JobQueue::State), progress (int,
        /// -1 indeterminate), elapsed (qint64 ms, -1 before the start), message (QString).
        RawValueRole = Qt::UserRole + 1,
        /// The progress of the row's job, any column: 0–100, -1 indeterminate.
        ProgressRole,
        /// The row's JobQueue::Id (quint64), any column.
        IdRole,
        /// The row's JobQueue::State (int), any column.
        StateRole,
    };

    explicit JobModel(JobQueue *queue, QObject *parent = nullptr);
    ~JobModel() override;

    JobQueue *queue() const
    {
        return m_queue;
    }
    /// The record of @p index's row; nullptr for an invalid index.
    const JobQueue::Record *recordAt(const QModelIndex &index) const;
    /// The row of job @p id, or -1.
    int rowOf(JobQueue::Id id) const;

    static QString stateText(JobQueue::State state);
    /// "4.2 s", "1:05", "1:02:03"; empty for -1.
    static QString elapsedText(qint64 milliseconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void add(JobQueue::Id id);
    void change(JobQueue::Id id, JobQueue::Changes changes);
    void remove(JobQueue::Id id);
    void refreshElapsed();
    QString message(const JobQueue::Record &record) const;

    QPointer<JobQueue> m_queue;
    QList<JobQueue::Id> m_ids;
    QTimer m_elapsedTimer;
};

} // namespace Stasis
