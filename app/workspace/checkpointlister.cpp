// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointlister.h"

#include "checkpointcatalog.h"
#include "engineclient.h"

namespace Stasis
{

CheckpointLister::CheckpointLister(QObject *parent)
    : QObject(parent)
{
}

void CheckpointLister::setClient(EngineClient *client)
{
    m_client = client;
    m_listings.clear();
    ++m_generation;
}

void CheckpointLister::list(const QString &container, const QString &folder)
{
    if (const auto running = m_listings.find(container); running != m_listings.end()) {
        running->second.again = true;
        running->second.folder = folder;
        return;
    }
    start(container, folder);
}

bool CheckpointLister::isListing(const QString &container) const
{
    return m_listings.contains(container);
}

void CheckpointLister::start(const QString &container, const QString &folder)
{
    if (!m_client) {
        return;
    }
    m_listings[container] = Listing{};
    const quint64 generation = m_generation;
    const auto report = [this, container, folder, generation](const EngineResult<QList<CheckpointInfo>> &checkpoints) {
        if (generation != m_generation) {
            Q_EMIT dropped(container, folder);
            return;
        }
        const auto node = m_listings.extract(container);
        Q_EMIT listed(container, folder, checkpoints);
        if (node && node.mapped().again) {
            list(container, node.mapped().folder);
        }
    };
    // A listing whose client went before it answered ends cancelled.
    const auto abandoned = [this, container, folder, generation] {
        if (generation != m_generation) {
            Q_EMIT dropped(container, folder);
        }
    };
    CheckpointCatalog(m_client).list(container, folder).then(this, report).onCanceled(this, abandoned);
}

} // namespace Stasis
