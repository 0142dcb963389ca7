// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "enginetypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Stasis
{

class EngineClient;

/// The engine's `/events` stream, container events only. Splits the body
/// into JSON messages whatever the chunking; when the connection drops it
/// reconnects with a backoff and resumes with `since=` the last event seen,
/// so no event is lost.
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class State { Stopped, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit EventStream(EngineClient *client, QObject *parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    State state() const
    {
        return m_state;
    }
    /// The delay before the next reconnection attempt.
    int backoffMs() const
    {
        return m_backoffMs;
    }

Q_SIGNALS:
    void containerEvent(const Stasis::ContainerEvent &event);
    /// The stream is open (again): what happened while it was closed may be
    /// missing from anything not replayed by `since=`; listeners resynchronise.
    void connected();
    /// The stream dropped; @p error says why. A reconnection is scheduled.
    void disconnected(const Stasis::EngineError &error);
    void stateChanged(Stasis::EventStream::State state);

private:
    void open();
    void readMessages();
    void onFinished();
    void setState(State state);

    EngineClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    /// The attempt was aborted because an event grew beyond its bound.
    bool m_oversized = false;
    QTimer m_reconnectTimer;
    /// Gives up on an attempt whose answer does not start in time.
    QTimer m_answerTimer;
    qint64 m_lastEventNano = 0;
    int m_backoffMs = 0;
    State m_state = State::Stopped;
};

} // namespace Stasis
