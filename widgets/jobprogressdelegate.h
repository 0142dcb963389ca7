// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Stasis
{

/// Draws JobModel's progress as a progress bar (QStyleOptionProgressBar):
/// the percent while known, a busy bar while a running job has not said how
/// far it is (some styles draw it still, without animation), "waiting" for a
/// queued job, and plain text for a finished job that never reported progress.
/// Reads JobModel::ProgressRole and JobModel::StateRole.
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDelegate)

public:
    explicit JobProgressDelegate(QObject *parent = nullptr);
    ~JobProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Stasis
