// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "logline.h"
#include "loglinesplitter.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Stasis
{

class EngineClient;

/// Follows one container's log (`GET /containers/{id}/logs?follow=1`,
/// stdout and stderr, with timestamps) and emits its complete lines.
///
/// The engine ends the stream when the container stops (it exits, or a
/// checkpoint stops it): the state becomes Ended. LogStream does not poll
/// the engine to find out when the container runs again, since the engine's
/// `/events` tell that for free: whoever watches the events (the main window)
/// calls resume() on "start" or "restore", which re-opens the stream with
/// `since=` the last line's timestamp and drops the lines already shown.
/// When the connection itself breaks (engine restarted, socket gone, time-out),
/// nobody else will notice for this stream, so it retries on its own with a
/// growing delay (see setRetryDelays()) until it follows again or stop().
/// The client must outlive the stream.
class LogStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)

public:
    enum class State {
        Idle, ///< Not started, or stopped.
        Following, ///< The stream is open (lines arrive while the container runs).
        Ended, ///< The engine ended the stream: the container is not running.
        Failed, ///< The engine refused or the connection broke; see error().
    };
    Q_ENUM(State)

    static constexpr int defaultTail = 1000;

    LogStream(EngineClient *client, const QString &container, QObject *parent = nullptr);
    ~LogStream() override;

    QString container() const
    {
        return m_container;
    }
    State state() const
    {
        return m_state;
    }
    /// Why the stream failed; meaningful in state Failed.
    const EngineError &error() const
    {
        return m_error;
    }
    /// The newest line's timestamp; invalid before the first line.
    QDateTime lastTimestamp() const;

    /// How many lines of the past the first open shows (the engine's `tail`); -1 for all.
    void setTail(int lines);
    int tail() const
    {
        return m_tail;
    }
    /// The delays between automatic retries after a broken connection: the
    /// first, doubled each time up to the maximum. 0 turns retries off.
    void setRetryDelays(int firstMs, int maximumMs);
    /// Milliseconds until the next automatic retry; -1 when none is planned.
    int retryRemainingMs() const;

    /// Opens the stream with the last tail() lines.
    void start();
    /// Re-opens the stream after the lines already seen (any open stream is
    /// replaced); without any line seen yet, the same as start().
    void resume();
    /// Aborts the stream and any planned retry.
    void stop();

Q_SIGNALS:
    void linesReceived(const QList<Stasis::LogLine> &lines);
    void stateChanged(Stasis::LogStream::State state);
    /// The stream failed (also reported by stateChanged(Failed)).
    void failed(const Stasis::EngineError &error);
    /// An automatic retry is planned in @p delayMs.
    void retryScheduled(int delayMs);

private:
    void open(bool resuming);
    void closeReply();
    void readAvailable();
    void onFinished();
    void setState(State state);
    void scheduleRetry();
    void deliver(const QList<LogLine> &lines);

    EngineClient *m_client;
    QString m_container;
    int m_tail = defaultTail;
    State m_state = State::Idle;
    EngineError m_error;
    LogLineSplitter m_splitter;
    QPointer<QNetworkReply> m_reply;
    bool m_framingKnown = false;
    QTimer m_retryTimer;
    int m_firstRetryMs = 1000;
    int m_maximumRetryMs = 30000;
    int m_nextRetryMs = 1000;
};

} // namespace Stasis
