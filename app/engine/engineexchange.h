// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineclient.h"
#include "engineerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <optional>

class QIODevice;

namespace Stasis
{

/// One HTTP exchange with the engine whose bodies stream at their own pace:
/// a `GET` whose answer is read at the reader's pace, for streams far larger
/// than memory (a checkpoint's `GET …/archive`), or a request whose body is
/// read from a device as the connection takes it (`PUT …/archive`, `POST
/// /images/load`).
///
/// QNetworkReply cannot do either well over the engine's socket. Qt 6.8's
/// HTTP thread keeps reading the socket whatever the reply's read buffer
/// size, so a reader slower than the engine piles the stream up inside Qt (a
/// 400 MB stream read at 200 MB/s reached 420 MB of RSS). And it uploads a
/// device 16 KiB at a time, each piece asked for from the device's thread and
/// waited for: a 536 MB `PUT …/archive` from an idle thread took 2.6–3.7 s
/// where curl took 1.4–1.8 s. EngineExchange speaks HTTP/1.1 itself over
/// its own connection (Unix socket, TCP or TLS, as the client's endpoint
/// says). It reads with a small socket buffer: once bufferSize bytes wait
/// unread, it stops reading, the kernel's socket buffer fills and the
/// engine's write blocks until the reader catches up. It writes a body in
/// large pieces while fewer than sendWindow bytes wait to go out.
///
/// An answer's body is decoded (chunked or not) before it is offered; only
/// the 2xx body of a `GET` is offered at all. An error answer's body becomes
/// error(), and answerBody() keeps the beginning of the other ones.
class EngineExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineExchange)

public:
    /// At most this many body bytes wait to be read, besides the socket's buffer.
    static constexpr qint64 bufferSize = 1024 * 1024;
    /// The socket's own read buffer.
    static constexpr qint64 socketBufferSize = 256 * 1024;
    /// At most this many bytes of a request's body wait in the socket.
    static constexpr qint64 sendWindow = 1024 * 1024;
    /// What answerBody() keeps.
    static constexpr qint64 maximumAnswerBody = 64 * 1024;

    explicit EngineExchange(EngineClient *client, QObject *parent = nullptr);
    ~EngineExchange() override;

    /// Sends `GET @p path?@p query` (@p path without the version prefix, its
    /// parts encoded with EngineClient::encoded()) on a new connection.
    void get(const QString &path, const EngineClient::Query &query = {});
    /// Sends `GET /containers/@p container/archive?path=@p path`: a tar of
    /// @p path inside the container.
    void getArchive(const QString &container, const QString &path);
    /// Sends `@p method @p path?@p query` with the @p size bytes that @p body
    /// produces as its body, of @p contentType, on a new connection. @p body
    /// (open, and kept so until finished()) is read as it becomes readable,
    /// never beyond @p size; the exchange fails when it fails, or when a
    /// file ends early (a sequential device fails itself when it came out
    /// short, as ProducedDevice does).
    /// The engine may answer before it read the whole body (a refusal): the
    /// answer still counts. The answer's body is kept in answerBody().
    void send(const QByteArray &method, const QString &path, const EngineClient::Query &query, QIODevice *body, qint64 size, const QByteArray &contentType);
    /// Closes the connection; no signal follows.
    void abort();

    /// The answer's status; 0 until its headers arrived.
    int status() const
    {
        return m_status;
    }
    /// A header of the answer (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;

    /// Body bytes ready to be read.
    qint64 bytesAvailable() const
    {
        return m_available;
    }
    /// Up to @p maxSize body bytes. Reading makes room, and the download goes on.
    QByteArray read(qint64 maxSize);

    /// The first maximumAnswerBody bytes of an answer's body that read() does
    /// not offer: an error answer's, or the answer to send().
    QByteArray answerBody() const
    {
        return m_answerBody;
    }

    /// After finished(): why it failed; nullopt when the whole body arrived
    /// (what remains of it is still to be read).
    const std::optional<EngineError> &error() const
    {
        return m_error;
    }

Q_SIGNALS:
    void readyRead();
    /// Of send()'s body: @p sent of its @p total bytes went to the socket.
    void bodyProgress(qint64 sent, qint64 total);
    /// Once: the body is complete, or the download failed (see error()).
    void finished();

private:
    enum class State { Connecting, Status, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };
    /// Why parse() stopped.
    enum class Parse { NeedData, BodyFull, Finished };

    /// Reads @p socket (a QLocalSocket or QTcpSocket) from now on;
    /// @p peerClosed is its error for a connection the engine closed.
    template<typename Socket, typename Error>
    void watch(Socket *socket, Error peerClosed);
    /// Connects as the client's endpoint says and sends m_request once connected.
    void connectToEngine();
    void connected();
    /// Writes what there is of the body while the socket has room for it.
    void sendBody();
    /// The connection ended, after a failure when @p reason says one.
    void socketClosed(const QString &reason);
    /// Moves what the socket holds into the body, as far as there is room,
    /// then emits what there is to emit.
    void pump();
    Parse parse();
    /// Takes one whole line from the socket; false when none is there yet (or
    /// when it is too long: then the download failed).
    bool readLine(QByteArray *line);
    /// Ends the download, once: failed with @p error, else with the whole body.
    void finish(const std::optional<EngineError> &error);
    /// Fails with a Protocol error: the answer is not valid HTTP, @p what says how.
    void failInvalid(const QString &what);
    /// The answer ended: fails unless it is a 2xx.
    void complete();
    void closeSocket();
    void schedulePump();
    bool bodyFull() const
    {
        return m_available >= bufferSize;
    }

    EngineClient *m_client;
    QPointer<QIODevice> m_socket;
    QByteArray m_request;
    State m_state = State::Connecting;
    int m_status = 0;
    QString m_reason;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    qint64 m_headerBytes = 0;
    /// Body bytes still to come: of the current chunk, or of a Content-Length body; -1 until the end of the stream.
    qint64 m_remaining = -1;
    bool m_chunked = false;
    QList<QByteArray> m_body;
    qint64 m_available = 0;
    /// An answer's body that read() does not offer, read whole (bounded).
    QByteArray m_answerBody;
    /// The body send() sends, and how much of it went out.
    QPointer<QIODevice> m_requestBody;
    qint64 m_requestBodySize = 0;
    qint64 m_requestBodySent = 0;
    bool m_sendsBody = false;
    bool m_pumpScheduled = false;
    /// The connection ended; what the socket still holds is yet to be parsed.
    bool m_closed = false;
    QString m_closeReason;
    QList<QSslError> m_sslErrors;
    bool m_finished = false;
    bool m_finishedEmitted = false;
    std::optional<EngineError> m_error;
};

} // namespace Stasis
