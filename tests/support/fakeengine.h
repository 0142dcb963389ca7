// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#include <functional>

// A fake engine, for faults a real one cannot produce (garbage HTTP, a
// connection cut mid-body, a body that never ends): an HTTP server on a Unix
// socket in the test's own process.

namespace Stasis::Test
{

/// Answers the first request on its socket with whatever respond() writes.
class FakeEngine final : public QObject
{
public:
    using Responder = std::function<void(QLocalSocket *)>;

    explicit FakeEngine(const QString &path, Responder respond)
        : m_respond(std::move(respond))
    {
        m_server.listen(path);
        QObject::connect(&m_server, &QLocalServer::newConnection, this, [this] {
            QLocalSocket *socket = m_server.nextPendingConnection();
            m_socket = socket;
            QObject::connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                const bool complete = m_request.contains("\r\n\r\n");
                m_request += socket->readAll();
                if (!complete && m_request.contains("\r\n\r\n")) {
                    m_respond(socket);
                }
            });
        });
    }

    QByteArray request() const
    {
        return m_request;
    }
    QLocalSocket *socket() const
    {
        return m_socket;
    }

private:
    QLocalServer m_server;
    Responder m_respond;
    QByteArray m_request;
    QPointer<QLocalSocket> m_socket;
};

/// Writes @p pieces pieces of @p piece bytes (the first filled with @p first,
/// the others with @p fill) to @p socket as it drains, never much ahead of
/// the reader; @p sent counts the pieces written.
inline void feed(QLocalSocket *socket, qsizetype piece, qsizetype pieces, char first, char fill, qsizetype &sent)
{
    const auto more = [socket, piece, pieces, first, fill, &sent] {
        while (sent < pieces && socket->bytesToWrite() < 4 * piece) {
            socket->write(QByteArray(piece, sent == 0 ? first : fill));
            ++sent;
        }
    };
    QObject::connect(socket, &QLocalSocket::bytesWritten, socket, more);
    more();
}

} // namespace Stasis::Test
