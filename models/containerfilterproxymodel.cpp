// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerfilterproxymodel.h"

#include "containermodel.h"

namespace Stasis
{

ContainerFilterProxyModel::ContainerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ContainerFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ContainerFilterProxyModel::setState(const QString &state)
{
    m_state = state;
    invalidateRowsFilter();
}

void ContainerFilterProxyModel::setOnlyWithCheckpoints(bool only)
{
    m_onlyWithCheckpoints = only;
    invalidateRowsFilter();
}

bool ContainerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_state.isEmpty() && index.data(ContainerModel::StateRole).toString() != m_state) {
        return false;
    }
    if (m_onlyWithCheckpoints && index.data(ContainerModel::CheckpointCountRole).toInt() <= 0) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    const auto matches = [this](const QString &value) {
        return value.contains(m_text, Qt::CaseInsensitive);
    };
    return matches(index.data(Qt::DisplayRole).toString()) ||
        matches(sourceModel()->index(sourceRow, ContainerModel::ImageColumn, sourceParent).data().toString()) ||
        index.data(ContainerModel::IdRole).toString().startsWith(m_text);
}

} // namespace Stasis
