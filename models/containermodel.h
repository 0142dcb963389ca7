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
///
/// Checkpoint counts are asked for when first read (checkpointCountWanted()):
/// only the rows a view shows cost the engine a request. Rows keep the order
/// they were added in, so a row is found by binary search on its key and
/// removing one renumbers nothing.
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
    /// Rows can be dragged (onto an engine, to move them there).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    /// containerMimeType: the dragged containers' names, one a line.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static constexpr QLatin1StringView containerMimeType{"application/x-stasis-containers"};
    /// The container names @p data carries (containerMimeType); empty for other data.
    static QStringList containerNames(const QMimeData *data);

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

Q_SIGNALS:
    /// A view read the checkpoint count of @p id, which is not known yet; once per row.
    void checkpointCountWanted(const QString &id);

private:
    struct Row {
        ContainerSummary summary;
        quint64 key = 0; ///< grows with each row added: m_rows is sorted by it
        int checkpointCount = -1; ///< -1: not known (yet)
        QDateTime lastCheckpoint;
        bool countWanted = false;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    void emitRowChanged(int row, const QList<int> &roles = {});
    /// The row of the container with full id @p id, or -1.
    int rowOfId(const QString &id) const;
    void appendRows(const QList<ContainerSummary> &containers);
    /// Asks for @p row's checkpoint count if nobody has yet.
    void wantCount(int row) const;

    QList<Row> m_rows;
    QHash<QString, quint64> m_keyById;
    quint64 m_nextKey = 0;
};

} // namespace Stasis
