// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineexchange.h"

#include "enginelogging.h"
#include "tlsfailure.h"

#include <QLocalSocket>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

namespace Stasis
{

namespace
{
/// The longest status, header, chunk-size or trailer line accepted.
constexpr qint64 maximumLineLength = 16 * 1024;
/// All header lines together.
constexpr qint64 maximumHeaderBytes = 256 * 1024;
/// The largest piece of a request's body written at once.
constexpr qint64 sendPieceSize = 256 * 1024;
} // namespace

EngineExchange::EngineExchange(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

EngineExchange::~EngineExchange()
{
    abort();
}

void EngineExchange::getArchive(const QString &container, const QString &path)
{
    get(QLatin1String("/containers/") + EngineClient::encoded(container) + QLatin1String("/archive"), {{QStringLiteral("path"), path}});
}

template<typename Socket, typename Error>
void EngineExchange::watch(Socket *socket, Error peerClosed)
{
    socket->setReadBufferSize(socketBufferSize);
    connect(socket, &Socket::readyRead, this, &EngineExchange::pump);
    connect(socket, &Socket::disconnected, this, [this] {
        socketClosed({});
    });
    connect(socket, &Socket::errorOccurred, this, [this, socket, peerClosed](Error error) {
        socketClosed(error == peerClosed ? QString() : socket->errorString());
    });
    m_socket = socket;
}

namespace
{
/// `@p method @p target HTTP/1.1` and the headers every exchange sends, with
/// @p extraHeaders (each ending in CRLF), up to the empty line.
QByteArray requestHead(const QByteArray &method, const QByteArray &target, const QByteArray &host, const QByteArray &extraHeaders)
{
    // Connection: close, so the answer ends where the connection does; identity,
    // so the engine sends an archive as it is (see EngineClient::send()).
    return method + ' ' + target + " HTTP/1.1\r\nHost: " + host +
        "\r\nUser-Agent: Stasis/" STASIS_VERSION "\r\nAccept: application/json, application/x-tar\r\nAccept-Encoding: identity\r\nConnection: close\r\n" +
        extraHeaders + "\r\n";
}
} // namespace

void EngineExchange::get(const QString &path, const EngineClient::Query &query)
{
    send("GET", path, query, nullptr, 0, {});
}

void EngineExchange::send(const QByteArray &method,
                          const QString &path,
                          const EngineClient::Query &query,
                          QIODevice *body,
                          qint64 size,
                          const QByteArray &contentType)
{
    const QString apiVersion = m_client->apiVersion();
    QUrl url;
    url.setPath(apiVersion.isEmpty() ? path : QLatin1String("/v") + apiVersion + path, QUrl::TolerantMode);
    QStringList parts;
    for (const auto &[key, value] : query) {
        parts.append(key + QLatin1Char('=') + EngineClient::encoded(value));
    }
    if (!parts.isEmpty()) {
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
    }
    const QByteArray target = url.toEncoded();
    qCDebug(lcEngine) << method << target << (body ? "(streamed body)" : "(paced)");

    const QString localSocket = m_client->localSocketPath();
    const QByteArray host = !localSocket.isEmpty() ? QByteArrayLiteral("docker") : QUrl(m_client->endpoint().baseUrl()).authority().toUtf8();
    QByteArray extraHeaders;
    if (body) {
        m_requestBody = body;
        m_sendsBody = true;
        m_requestBodySize = size;
        extraHeaders = "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(size) + "\r\n";
    }
    m_request = requestHead(method, target, host, extraHeaders);
    // Not at once: a local socket connects (and the body starts going out) within connectToServer().
    QMetaObject::invokeMethod(this, &EngineExchange::connectToEngine, Qt::QueuedConnection);
}

void EngineExchange::connectToEngine()
{
    if (m_finishedEmitted) {
        return; // aborted meanwhile
    }
    const EngineEndpoint &endpoint = m_client->endpoint();
    if (const QString localSocket = m_client->localSocketPath(); !localSocket.isEmpty()) {
        auto *socket = new QLocalSocket(this);
        connect(socket, &QLocalSocket::connected, this, &EngineExchange::connected);
        watch(socket, QLocalSocket::PeerClosedError);
        socket->connectToServer(localSocket);
        return;
    }
    QTcpSocket *socket = nullptr;
    if (endpoint.usesTls()) {
        auto *sslSocket = new QSslSocket(this);
        sslSocket->setSslConfiguration(endpoint.sslConfiguration());
        connect(sslSocket, &QSslSocket::encrypted, this, &EngineExchange::connected);
        connect(sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_sslErrors = errors;
        });
        socket = sslSocket;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &EngineExchange::connected);
    }
    watch(socket, QAbstractSocket::RemoteHostClosedError);
    if (auto *sslSocket = qobject_cast<QSslSocket *>(socket)) {
        sslSocket->connectToHostEncrypted(endpoint.host(), quint16(endpoint.port()));
    } else {
        socket->connectToHost(endpoint.host(), quint16(endpoint.port()));
    }
}

void EngineExchange::abort()
{
    m_finishedEmitted = true; // no signal any more
    closeSocket();
}

QByteArray EngineExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray EngineExchange::read(qint64 maxSize)
{
    QByteArray out;
    while (!m_body.isEmpty() && out.size() < maxSize) {
        QByteArray &front = m_body.first();
        const qint64 wanted = maxSize - out.size();
        if (front.size() <= wanted) {
            if (out.isEmpty()) {
                out = std::move(front);
            } else {
                out += front;
            }
            m_body.removeFirst();
        } else {
            out += front.first(wanted);
            front.remove(0, wanted);
        }
    }
    m_available -= out.size();
    if (!out.isEmpty()) {
        // There is room again: go on reading, once the caller has returned.
        schedulePump();
    }
    return out;
}

void EngineExchange::schedulePump()
{
    if (m_pumpScheduled || m_finishedEmitted) {
        return;
    }
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &EngineExchange::pump, Qt::QueuedConnection);
}

void EngineExchange::connected()
{
    m_state = State::Status;
    m_socket->write(m_request);
    if (m_requestBody) {
        connect(m_requestBody, &QIODevice::readyRead, this, &EngineExchange::sendBody);
        connect(m_socket, &QIODevice::bytesWritten, this, &EngineExchange::sendBody);
        sendBody();
    }
}

void EngineExchange::sendBody()
{
    if (!m_socket || !m_requestBody || m_finished) {
        return;
    }
    QByteArray piece;
    while (m_requestBodySent < m_requestBodySize && m_socket->bytesToWrite() < sendWindow) {
        piece.resize(std::min(sendPieceSize, m_requestBodySize - m_requestBodySent));
        const qint64 read = m_requestBody->read(piece.data(), piece.size());
        // A sequential device at its end may still get more (atEnd() only says that nothing waits); a file is done.
        if (read < 0 || (read == 0 && !m_requestBody->isSequential() && m_requestBody->atEnd())) {
            const QString why = read < 0 ? m_requestBody->errorString() : tr("it ended after %1 of %2 bytes").arg(m_requestBodySent).arg(m_requestBodySize);
            finish(EngineError{EngineError::Kind::BadRequest, 0, tr("Reading what to send to the engine failed: %1").arg(why)});
            return schedulePump(); // which emits finished()
        }
        if (read == 0) {
            return; // more comes with readyRead()
        }
        m_socket->write(piece.constData(), read);
        m_requestBodySent += read;
        Q_EMIT bodyProgress(m_requestBodySent, m_requestBodySize);
        if (!m_socket) {
            return; // a slot aborted the exchange
        }
    }
    if (m_requestBodySent == m_requestBodySize) {
        m_requestBody->disconnect(this);
        disconnect(m_socket, &QIODevice::bytesWritten, this, &EngineExchange::sendBody);
    }
}

void EngineExchange::socketClosed(const QString &reason)
{
    // Whatever arrived before a failure is still worth reading: a closed
    // connection may be the regular end of the answer.
    m_closed = true;
    // The disconnect that follows a failure keeps the failure's reason.
    if (!reason.isEmpty()) {
        m_closeReason = reason;
    }
    // Not at once: a socket reports a failure to connect from within get().
    schedulePump();
}

void EngineExchange::pump()
{
    m_pumpScheduled = false;
    if (m_finishedEmitted) {
        return;
    }
    const qint64 before = m_available;
    if (!m_finished && m_socket && parse() == Parse::NeedData && m_closed) {
        if (m_state == State::Body && m_remaining < 0) {
            complete(); // an answer without length ends with its connection
        } else if (m_state == State::Connecting || m_state == State::Status) {
            const QString tls = tlsFailure(m_client->endpoint(), m_sslErrors, m_closeReason);
            finish(EngineError{EngineError::Kind::Unreachable,
                               0,
                               !tls.isEmpty()
                                   ? tls
                                   : tr("Lost the connection to the engine at %1 (%2). Check that it runs, then try again.")
                                         .arg(m_client->endpoint().displayUrl(), m_closeReason.isEmpty() ? tr("it closed the connection") : m_closeReason)});
        } else {
            finish(EngineError{EngineError::Kind::Unreachable,
                               0,
                               tr("The engine at %1 closed the stream before its end%2.")
                                   .arg(m_client->endpoint().displayUrl(), m_closeReason.isEmpty() ? QString() : QLatin1String(": ") + m_closeReason)});
        }
    }
    const QPointer<EngineExchange> alive(this);
    if (m_available > before) {
        Q_EMIT readyRead();
    }
    if (alive && m_finished && !m_finishedEmitted) {
        m_finishedEmitted = true;
        Q_EMIT finished();
    }
}

bool EngineExchange::readLine(QByteArray *line)
{
    if (!m_socket->canReadLine()) {
        if (m_socket->bytesAvailable() >= maximumLineLength) {
            failInvalid(tr("a line is too long"));
        }
        return false;
    }
    *line = m_socket->readLine(maximumLineLength + 1);
    if (!line->endsWith('\n')) {
        failInvalid(tr("a line is too long"));
        return false;
    }
    line->chop(line->endsWith("\r\n") ? 2 : 1);
    return true;
}

EngineExchange::Parse EngineExchange::parse()
{
    const auto invalid = [this](const QString &what) {
        failInvalid(what);
        return Parse::Finished;
    };
    QByteArray line;
    while (!m_finished) {
        switch (m_state) {
        case State::Connecting:
            return Parse::NeedData;
        case State::Status: {
            if (!readLine(&line)) {
                return m_finished ? Parse::Finished : Parse::NeedData;
            }
            // HTTP/1.1 200 OK
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            m_status = parts.size() >= 2 && parts.first().startsWith("HTTP/1.") ? parts.at(1).toInt(&ok) : 0;
            if (!ok || m_status < 100 || m_status > 599) {
                return invalid(tr("no HTTP status line"));
            }
            m_reason = QString::fromLatin1(line.mid(parts.at(0).size() + parts.at(1).size() + 2));
            m_headers.clear();
            m_headerBytes = 0;
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            if (!readLine(&line)) {
                return m_finished ? Parse::Finished : Parse::NeedData;
            }
            m_headerBytes += line.size();
            if (m_headerBytes > maximumHeaderBytes) {
                return invalid(tr("too many headers"));
            }
            if (!line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    return invalid(tr("a malformed header"));
                }
                m_headers.append({line.first(colon).trimmed(), line.mid(colon + 1).trimmed()});
                break;
            }
            if (m_status < 200) {
                m_state = State::Status; // 100 Continue and the like: the answer follows
                break;
            }
            if (m_status == 204 || m_status == 304) {
                complete();
                return Parse::Finished;
            }
            const QByteArray transfer = header("Transfer-Encoding").toLower();
            const QByteArray content = header("Content-Encoding").toLower();
            if (!content.isEmpty() && content != "identity") {
                return invalid(tr("a body encoded as %1, which was not asked for").arg(QString::fromLatin1(content)));
            }
            if (!transfer.isEmpty()) {
                if (transfer != "chunked") {
                    return invalid(tr("a body transferred as %1, which was not asked for").arg(QString::fromLatin1(transfer)));
                }
                m_state = State::ChunkSize;
                break;
            }
            const QByteArray length = header("Content-Length");
            m_remaining = -1;
            if (!length.isEmpty()) {
                bool ok = false;
                m_remaining = length.toLongLong(&ok);
                if (!ok || m_remaining < 0) {
                    return invalid(tr("an invalid Content-Length"));
                }
            }
            m_state = State::Body;
            break;
        }
        case State::ChunkSize: {
            if (!readLine(&line)) {
                return m_finished ? Parse::Finished : Parse::NeedData;
            }
            const qsizetype extension = line.indexOf(';');
            const QByteArray digits = (extension < 0 ? line : line.first(extension)).trimmed();
            bool ok = false;
            m_remaining = digits.size() <= 15 ? digits.toLongLong(&ok, 16) : -1;
            if (!ok || m_remaining < 0) {
                return invalid(tr("an invalid chunk size"));
            }
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkEnd:
            if (!readLine(&line)) {
                return m_finished ? Parse::Finished : Parse::NeedData;
            }
            if (!line.isEmpty()) {
                return invalid(tr("a chunk longer than announced"));
            }
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!readLine(&line)) {
                return m_finished ? Parse::Finished : Parse::NeedData;
            }
            if (line.isEmpty()) {
                complete();
                return Parse::Finished;
            }
            break;
        case State::Body:
        case State::ChunkData: {
            if (m_remaining == 0) {
                if (m_state == State::ChunkData) {
                    m_state = State::ChunkEnd;
                    break;
                }
                complete();
                return Parse::Finished;
            }
            // send()'s answer is kept whole (bounded), as an error answer is.
            const bool success = m_status >= 200 && m_status < 300 && !m_sendsBody;
            qint64 wanted = m_remaining < 0 ? socketBufferSize : std::min(m_remaining, socketBufferSize);
            if (success) {
                if (bodyFull()) {
                    return Parse::BodyFull;
                }
                wanted = std::min(wanted, bufferSize - m_available);
            }
            QByteArray data = m_socket->read(wanted);
            if (data.isEmpty()) {
                return Parse::NeedData;
            }
            if (m_remaining > 0) {
                m_remaining -= data.size();
            }
            if (success) {
                m_available += data.size();
                m_body.append(std::move(data));
            } else if (m_answerBody.size() < maximumAnswerBody) {
                m_answerBody += data.left(maximumAnswerBody - m_answerBody.size());
            }
            break;
        }
        case State::Done:
            return Parse::Finished;
        }
    }
    return Parse::Finished;
}

void EngineExchange::complete()
{
    const bool success = m_status >= 200 && m_status < 300;
    finish(success ? std::nullopt : std::optional(EngineError::fromAnswer(m_status, m_answerBody, m_reason)));
}

void EngineExchange::finish(const std::optional<EngineError> &error)
{
    if (m_finished) {
        return;
    }
    m_error = error;
    m_finished = true;
    m_state = State::Done;
    closeSocket();
}

void EngineExchange::failInvalid(const QString &what)
{
    finish(EngineError{EngineError::Kind::Protocol, 0, tr("The engine at %1 sent an invalid reply: %2.").arg(m_client->endpoint().displayUrl(), what)});
}

void EngineExchange::closeSocket()
{
    if (!m_socket) {
        return;
    }
    QIODevice *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    // Nothing is left to send or to wait for.
    if (auto *local = qobject_cast<QLocalSocket *>(socket)) {
        local->abort();
    } else if (auto *tcp = qobject_cast<QAbstractSocket *>(socket)) {
        tcp->abort();
    }
    socket->deleteLater();
}

} // namespace Stasis
