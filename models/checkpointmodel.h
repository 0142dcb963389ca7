// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace Stasis
{

/// The checkpoints of one container, one row each, in the order given
/// (the catalog gives them oldest first).
class CheckpointModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointModel)

public:
    enum Column { NameColumn, CreatedColumn, SizeColumn, DumpColumn, LeftRunningColumn, FolderColumn, ColumnCount };
    enum Role {
        /// The value behind the display text, for sorting: name (QString),
        /// created (QDateTime, UTC, invalid when unknown), size (qint64,
        /// -1 when unknown), folder (QString, empty for the engine's default).
        RawValueRole = Qt::UserRole + 1,
    };

    explicit CheckpointModel(QObject *parent = nullptr);
    ~CheckpointModel() override;

    /// The container whose checkpoints are shown; empty for none.
    QString container() const
    {
        return m_container;
    }
    const QList<CheckpointInfo> &checkpoints() const
    {
        return m_checkpoints;
    }
    /// The checkpoint of @p index's row; nullptr for an invalid index.
    const CheckpointInfo *checkpointAt(const QModelIndex &index) const;
    /// The row of the checkpoint @p name in @p directory, or -1.
    int rowOf(const QString &name, const QString &directory = {}) const;

    /// Shows @p checkpoints of @p container. For another container the model
    /// resets; for the same one it inserts, removes, moves and updates rows
    /// one by one, so views keep their selection.
    void setCheckpoints(const QString &container, const QList<CheckpointInfo> &checkpoints);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void update(const QList<CheckpointInfo> &checkpoints);
    QString toolTip(const CheckpointInfo &checkpoint) const;

    QString m_container;
    QList<CheckpointInfo> m_checkpoints;
};

} // namespace Stasis
