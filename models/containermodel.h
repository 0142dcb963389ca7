// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginetypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Stasis
{

class ContainerMonitor;

/// The engine's containers, one row each, kept up to date one row at a time
/// (fed by ContainerMonitor's signals: see follow()).
class ContainerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerModel)

public:
    enum Column { NameColumn, ImageColumn, StateColumn, StatusColumn, CreatedColumn, CheckpointsColumn, LastCheckpointColumn, ColumnCount };
    enum Role {
        /// The raw value behind a cell (QDateTime, int, QString), for sorting and filtering.
        RawValueRole = Qt::UserRole + 1,
        IdRole,
        StateRole,
        CheckpointCountRole,
    };

    explicit ContainerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Applies @p monitor's listings and changes from now on.
    void follow(ContainerMonitor *monitor);

    /// The row of @p idOrName (full id, or name), or -1.
    int rowOf(const QString &idOrName) const;

    /// Makes the rows equal @p containers with per-row inserts, removals and changes.
    void setContainers(const QList<ContainerSummary> &containers);
    void updateContainer(const ContainerSummary &container);
    void removeContainer(const QString &id);
    void setCheckpointCount(const QString &id, int count);
    void noteCheckpoint(const QString &id, const QDateTime &time);

private:
    struct Row {
        ContainerSummary summary;
        int checkpointCount = -1; ///< -1: not known (yet)
        QDateTime lastCheckpoint;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    void emitRowChanged(int row, const QList<int> &roles = {});
    void reindexFrom(int row);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
};

} // namespace Stasis
