// SPDX-License-Identifier: GPL-2.0-or-later
#include "logstream.h"

#include "engineclient.h"
#include "enginelogging.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

namespace Stasis
{

namespace
{
bool isSuccess(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

bool isWorthRetrying(const EngineError &error)
{
    return error.kind == EngineError::Kind::Unreachable || error.kind == EngineError::Kind::Timeout;
}
} // namespace

LogStream::LogStream(EngineClient *client, const QString &container, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(container)
{
    qRegisterMetaType<Stasis::LogLine>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        open(m_splitter.lastNanoseconds() > 0);
    });
}

LogStream::~LogStream()
{
    closeReply();
}

QDateTime LogStream::lastTimestamp() const
{
    const qint64 nanoseconds = m_splitter.lastNanoseconds();
    return nanoseconds > 0 ? QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000, QTimeZone(QTimeZone::UTC)) : QDateTime();
}

void LogStream::setTail(int lines)
{
    m_tail = lines;
}

void LogStream::setRetryDelays(int firstMs, int maximumMs)
{
    m_firstRetryMs = firstMs;
    m_maximumRetryMs = std::max(firstMs, maximumMs);
    m_nextRetryMs = firstMs;
}

int LogStream::retryRemainingMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1;
}

void LogStream::start()
{
    m_splitter = LogLineSplitter();
    m_nextRetryMs = m_firstRetryMs;
    open(false);
}

void LogStream::resume()
{
    m_nextRetryMs = m_firstRetryMs;
    open(m_splitter.lastNanoseconds() > 0);
}

void LogStream::stop()
{
    m_retryTimer.stop();
    closeReply();
    setState(State::Idle);
}

void LogStream::open(bool resuming)
{
    m_retryTimer.stop();
    closeReply();
    EngineClient::Query query{
        {QStringLiteral("follow"), QStringLiteral("1")},
        {QStringLiteral("stdout"), QStringLiteral("1")},
        {QStringLiteral("stderr"), QStringLiteral("1")},
        {QStringLiteral("timestamps"), QStringLiteral("1")},
        {QStringLiteral("tail"), m_tail < 0 ? QStringLiteral("all") : QString::number(m_tail)},
    };
    if (resuming) {
        // The engine sends the lines at or after `since`; the splitter drops
        // those at or before the last one shown.
        m_splitter.resumeAfterLastLine();
        query.append({QStringLiteral("since"), m_splitter.sinceParameter()});
    }
    m_framingKnown = false;
    m_splitter.restart(LogLineSplitter::Framing::Detect);
    qCDebug(lcEngine) << "following the log of" << m_container << (resuming ? "since" : "tail") << query.last().second;
    m_reply = m_client->openStream(QLatin1String("/containers/") + EngineClient::encoded(m_container) + QLatin1String("/logs"), query);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply && isSuccess(m_reply)) {
            m_nextRetryMs = m_firstRetryMs;
            setState(State::Following);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &LogStream::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &LogStream::onFinished);
}

void LogStream::closeReply()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void LogStream::readAvailable()
{
    // An error answer's body stays unread for streamError().
    if (!m_reply || !isSuccess(m_reply)) {
        return;
    }
    if (!m_framingKnown) {
        m_framingKnown = true;
        const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        m_splitter.restart(LogLineSplitter::framingFor(contentType, m_client->apiVersion()));
    }
    deliver(m_splitter.feed(m_reply->readAll()));
}

void LogStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    readAvailable();
    m_reply = nullptr;
    reply->deleteLater();
    const std::optional<EngineError> error = m_client->streamError(reply);
    if (!error && m_splitter.isCorrupt()) {
        m_error = EngineError{EngineError::Kind::Protocol, 0, tr("The engine sent a log stream Stasis cannot read (broken framing).")};
    } else if (error) {
        m_error = *error;
    } else {
        deliver(m_splitter.finish());
        qCDebug(lcEngine) << "the log of" << m_container << "ended";
        setState(State::Ended);
        return;
    }
    qCDebug(lcEngine) << "the log of" << m_container << "failed:" << m_error.toString();
    setState(State::Failed);
    Q_EMIT failed(m_error);
    if (isWorthRetrying(m_error)) {
        scheduleRetry();
    }
}

void LogStream::scheduleRetry()
{
    if (m_firstRetryMs <= 0) {
        return;
    }
    const int delayMs = m_nextRetryMs;
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maximumRetryMs);
    m_retryTimer.start(delayMs);
    Q_EMIT retryScheduled(delayMs);
}

void LogStream::deliver(const QList<LogLine> &lines)
{
    if (!lines.isEmpty()) {
        Q_EMIT linesReceived(lines);
    }
}

void LogStream::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Stasis
