// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineendpoint.h"
#include "engineerror.h"
#include "enginetypes.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPromise>

#include <functional>
#include <optional>
#include <memory>

class QNetworkAccessManager;

namespace Stasis
{

/// The Docker Engine API, asynchronously. Every call returns a future that
/// finishes on this object's thread with a value or a typed EngineError;
/// cancelling the future aborts the request. Paths carry the API version
/// negotiated by connectToEngine().
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    /// The newest API Stasis speaks, and the oldest engine API it accepts.
    static constexpr QLatin1StringView maximumApiVersion{"1.47"};
    static constexpr QLatin1StringView minimumApiVersion{"1.40"};

    explicit EngineClient(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const EngineEndpoint &endpoint() const
    {
        return m_endpoint;
    }
    /// Empty until connectToEngine() succeeded.
    QString apiVersion() const
    {
        return m_apiVersion;
    }

    /// Probes the socket, pings the engine and negotiates the API version.
    QFuture<EngineResult<EnginePing>> connectToEngine();

    QFuture<EngineResult<EngineVersion>> version();
    QFuture<EngineResult<EngineInfo>> info();

    QFuture<EngineResult<QList<CheckpointRef>>> checkpoints(const QString &container, const QString &directory = {});
    QFuture<EngineResult<void>> createCheckpoint(const QString &container, const CheckpointOptions &options);
    QFuture<EngineResult<void>> removeCheckpoint(const QString &container, const QString &name, const QString &directory = {});

    /// Starts @p container, from @p checkpoint when given.
    QFuture<EngineResult<void>> startContainer(const QString &container, const QString &checkpoint = {}, const QString &directory = {});
    QFuture<EngineResult<void>> stopContainer(const QString &container, int timeoutSeconds = 10);
    /// Creates a container and returns its id.
    QFuture<EngineResult<QString>> createContainer(const ContainerSpec &spec);
    QFuture<EngineResult<ContainerDetails>> inspectContainer(const QString &container);
    QFuture<EngineResult<void>> removeContainer(const QString &container, bool force = false);
    /// The container's log so far, stdout and stderr, demultiplexed.
    QFuture<EngineResult<QByteArray>> logs(const QString &container);

    using Query = QList<std::pair<QString, QString>>;

    /// A successful (2xx) answer.
    struct Response {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(const QByteArray &name) const;
    };
    /// Any call not covered above; @p path without the version prefix, its
    /// parts encoded with encoded(). @p timeoutMs 0: no inactivity time-out.
    QFuture<EngineResult<Response>> request(const QByteArray &method,
                                            const QString &path,
                                            const Query &query = {},
                                            const QByteArray &jsonBody = {},
                                            int timeoutMs = 30000);

    /// Opens a long-lived GET (events, followed logs): no time-out; read it
    /// on readyRead, check streamError() on finished. The caller owns the
    /// reply (delete it, or abort() it to stop).
    QNetworkReply *openStream(const QString &path, const Query &query);
    /// Sends @p body, @p size bytes exactly, as it becomes readable: it is
    /// never read whole into memory, and a slow producer meets no time-out.
    /// Follow uploadProgress; check streamError() on finished. The caller
    /// owns the reply and keeps @p body open until the reply finished.
    QNetworkReply *
    upload(const QByteArray &method, const QString &path, const Query &query, QIODevice *body, qint64 size, const QByteArray &contentType);
    /// The error of a finished stream; nullopt when it ended normally.
    std::optional<EngineError> streamError(QNetworkReply *reply) const;
    /// Drops idle connections, so the next request connects anew (after the
    /// engine went away, pooled connections may point at a dead socket).
    void resetConnections();
    /// Encodes one path segment (a container name, a checkpoint name).
    static QString encoded(const QString &pathPart);

private:
    struct Request {
        Request(const QByteArray &method, const QString &path)
            : method(method)
            , path(path)
        {
        }
        QByteArray method;
        QString path; ///< with its parts already encoded (see encoded())
        Query query;
        QByteArray body;
        bool versioned = true;
        /// Inactivity time-out; 0 for none (checkpoint and restore can stay
        /// silent for minutes on large containers).
        int timeoutMs = 30000;
    };

    QNetworkRequest prepared(const Request &request) const;
    QNetworkReply *send(const Request &request);
    EngineResult<Response> responseOf(QNetworkReply *reply) const;
    QFuture<EngineResult<EnginePing>> ping(const QByteArray &method);
    QFuture<EngineResult<EnginePing>> pingWithFallback();
    EngineResult<EnginePing> negotiated(EnginePing ping);

    template<typename T>
    QFuture<EngineResult<T>> call(const Request &request, std::function<EngineResult<T>(const Response &)> parse)
    {
        auto promise = std::make_shared<QPromise<EngineResult<T>>>();
        promise->start();
        QNetworkReply *reply = send(request);
        auto *watcher = new QFutureWatcher<EngineResult<T>>(reply);
        connect(watcher, &QFutureWatcherBase::canceled, reply, &QNetworkReply::abort);
        watcher->setFuture(promise->future());
        connect(reply, &QNetworkReply::finished, this, [this, promise, reply, parse = std::move(parse)] {
            reply->deleteLater();
            if (!promise->isCanceled()) {
                const EngineResult<Response> response = responseOf(reply);
                promise->addResult(response ? parse(*response) : EngineResult<T>(std::unexpected(response.error())));
            }
            promise->finish();
        });
        return promise->future();
    }
    QFuture<EngineResult<void>> callWithoutResult(const Request &request);

    EngineEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    QString m_apiVersion;
};

} // namespace Stasis
