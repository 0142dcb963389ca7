// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "enginetypes.h"
#include "eventstream.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace Stasis
{

class EngineClient;

/// Keeps listeners informed of an engine's containers: one full listing
/// when the event stream (re)connects, then one refreshed row per container
/// an event names. Stasis's helper containers are left out.
class ContainerMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerMonitor)

public:
    explicit ContainerMonitor(EngineClient *client, QObject *parent = nullptr);

    void start();
    void stop();
    EventStream::State state() const
    {
        return m_events->state();
    }
    /// Asks the engine again for @p id's row, and its checkpoint count if
    /// counted (after an operation that sends no event, such as removing a
    /// checkpoint).
    void refresh(const QString &id);
    /// Counts @p id's checkpoints (checkpointsCounted()), and again whenever
    /// they may have changed. Counts nobody asked for cost no request.
    void countCheckpoints(const QString &id);

Q_SIGNALS:
    /// Every container, after a (re)connection.
    void containersListed(const QList<Stasis::ContainerSummary> &containers);
    void containerChanged(const Stasis::ContainerSummary &container);
    void containerRemoved(const QString &id);
    void checkpointsCounted(const QString &id, int count);
    /// The engine reported a new checkpoint of @p id at @p time.
    void checkpointTaken(const QString &id, const QDateTime &time);
    void stateChanged(Stasis::EventStream::State state);
    /// The connection dropped or a listing failed.
    void problem(const Stasis::EngineError &error);

private:
    void listAll();
    void onEvent(const ContainerEvent &event);
    void refreshPending();
    /// Counts again, if someone asked for @p id's count.
    void recount(const QString &id);

    EngineClient *m_client;
    EventStream *m_events;
    QSet<QString> m_pending;
    QSet<QString> m_counted;
    QTimer m_coalesce;
};

} // namespace Stasis
