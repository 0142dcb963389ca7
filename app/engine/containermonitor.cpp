// SPDX-License-Identifier: GPL-2.0-or-later
#include "containermonitor.h"

#include "engineclient.h"

#include <QTimeZone>

namespace Stasis
{

namespace
{
/// Without Stasis's helpers.
EngineResult<QList<ContainerSummary>> summariesOf(const EngineResult<ContainerList> &listed)
{
    return listed.transform([](const ContainerList &list) {
        QList<ContainerSummary> summaries;
        for (const ContainerSummary &summary : list.containers) {
            if (!summary.isStasisHelper()) {
                summaries.append(summary);
            }
        }
        return summaries;
    });
}

const QSet<QString> &ignoredActions()
{
    // Events that change nothing the list shows.
    static const QSet<QString> actions{QStringLiteral("attach"),
                                       QStringLiteral("detach"),
                                       QStringLiteral("resize"),
                                       QStringLiteral("top"),
                                       QStringLiteral("export"),
                                       QStringLiteral("copy"),
                                       QStringLiteral("archive-path"),
                                       QStringLiteral("extract-to-dir"),
                                       QStringLiteral("commit")};
    return actions;
}
} // namespace

ContainerMonitor::ContainerMonitor(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(new EventStream(client, this))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(30);
    connect(&m_coalesce, &QTimer::timeout, this, &ContainerMonitor::refreshPending);
    connect(m_events, &EventStream::connected, this, &ContainerMonitor::listAll);
    connect(m_events, &EventStream::containerEvent, this, &ContainerMonitor::onEvent);
    connect(m_events, &EventStream::stateChanged, this, &ContainerMonitor::stateChanged);
    connect(m_events, &EventStream::disconnected, this, &ContainerMonitor::problem);
}

void ContainerMonitor::start()
{
    m_events->start();
}

void ContainerMonitor::stop()
{
    m_events->stop();
    m_pending.clear();
}

void ContainerMonitor::refresh(const QString &id)
{
    m_pending.insert(id);
    m_coalesce.start();
}

void ContainerMonitor::listAll()
{
    m_client->listContainers().then(this, [this](const EngineResult<ContainerList> &response) {
        const auto summaries = summariesOf(response);
        if (!summaries) {
            Q_EMIT problem(summaries.error());
            return;
        }
        Q_EMIT containersListed(*summaries);
        // Counts asked for before a reconnection may have changed meanwhile.
        QSet<QString> present;
        for (const ContainerSummary &summary : *summaries) {
            present.insert(summary.id);
        }
        m_counted.intersect(present);
        for (const QString &id : std::as_const(m_counted)) {
            recount(id);
        }
    });
}

void ContainerMonitor::onEvent(const ContainerEvent &event)
{
    if (event.attributes.value(helperLabel) == QLatin1String("true") || ignoredActions().contains(event.action) ||
        event.action.startsWith(QLatin1String("exec_"))) {
        return;
    }
    if (event.action == QLatin1String("destroy")) {
        m_pending.remove(event.id);
        m_counted.remove(event.id);
        Q_EMIT containerRemoved(event.id);
        return;
    }
    if (event.action == QLatin1String("checkpoint")) {
        Q_EMIT checkpointTaken(event.id, QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, QTimeZone::UTC));
        recount(event.id);
    }
    refresh(event.id);
}

void ContainerMonitor::refreshPending()
{
    const QSet<QString> ids = std::exchange(m_pending, {});
    for (const QString &id : ids) {
        m_client->listContainers(ContainerFilter{id, {}, {}}).then(this, [this, id](const EngineResult<ContainerList> &response) {
            const auto summaries = summariesOf(response);
            if (!summaries) {
                Q_EMIT problem(summaries.error());
                return;
            }
            const auto it = std::find_if(summaries->begin(), summaries->end(), [&id](const ContainerSummary &summary) {
                return summary.id == id;
            });
            if (it == summaries->end()) {
                // Gone between the event and this listing.
                Q_EMIT containerRemoved(id);
                return;
            }
            Q_EMIT containerChanged(*it);
        });
        recount(id);
    }
}

void ContainerMonitor::countCheckpoints(const QString &id)
{
    m_counted.insert(id);
    recount(id);
}

void ContainerMonitor::recount(const QString &id)
{
    if (!m_counted.contains(id)) {
        return;
    }
    m_client->checkpoints(id).then(this, [this, id](const EngineResult<QList<CheckpointRef>> &checkpoints) {
        // Engines without experimental mode answer 501: no count to show.
        if (checkpoints) {
            Q_EMIT checkpointsCounted(id, int(checkpoints->size()));
        }
    });
}

} // namespace Stasis
