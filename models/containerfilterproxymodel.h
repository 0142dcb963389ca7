// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Stasis
{

/// Sorts containers by raw values and filters them by text, state and
/// whether they have checkpoints.
class ContainerFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilterProxyModel)

public:
    explicit ContainerFilterProxyModel(QObject *parent = nullptr);

    /// Matches name, image and id, case-insensitively.
    void setText(const QString &text);
    /// Empty: every state.
    void setState(const QString &state);
    void setOnlyWithCheckpoints(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_state;
    bool m_onlyWithCheckpoints = false;
};

} // namespace Stasis
