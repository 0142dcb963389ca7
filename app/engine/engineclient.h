// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineendpoint.h"
#include "engineerror.h"
#include "enginetypes.h"
#include "pathstat.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

class QJsonDocument;
class QNetworkAccessManager;

namespace Stasis
{

class EngineExchange;
class SshTunnel;

/// The Docker Engine API, asynchronously. Every call returns a future that
/// finishes on this object's thread with a value or a typed EngineError;
/// cancelling the future aborts the request. Paths carry the API version
/// negotiated by connectToEngine(). Every Docker call Stasis makes is one of
/// the typed calls below; the raw request stays private (besides the
/// engine layer's own streams: openStream(), EngineExchange).
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    /// The newest API Stasis speaks, and the oldest engine API it accepts.
    static constexpr QLatin1StringView maximumApiVersion{"1.47"};
    static constexpr QLatin1StringView minimumApiVersion{"1.40"};
    /// The largest plain (not streamed) answer read: an answer beyond it is
    /// aborted and fails as a Protocol error. A listing of all containers
    /// weighs about 3 KiB a container (labels, mounts, networks), so 10,000
    /// containers stay near 30 MiB.
    static constexpr qint64 maxAnswerSize = 64 * 1024 * 1024;

    explicit EngineClient(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const EngineEndpoint &endpoint() const
    {
        return m_endpoint;
    }
    /// The local socket requests go through: a unix:// endpoint's, or for
    /// ssh:// its SshTunnel's; empty for tcp://.
    QString localSocketPath() const;
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
    QFuture<EngineResult<void>> pauseContainer(const QString &container);
    QFuture<EngineResult<void>> unpauseContainer(const QString &container);
    QFuture<EngineResult<void>> renameContainer(const QString &container, const QString &name);
    /// Waits until @p container stops and returns its exit status.
    QFuture<EngineResult<int>> waitContainer(const QString &container, int timeoutMs = 5 * 60 * 1000);
    /// Creates a container and returns its id.
    QFuture<EngineResult<QString>> createContainer(const ContainerSpec &spec);
    QFuture<EngineResult<ContainerDetails>> inspectContainer(const QString &container);
    /// @p force: also a running one; @p volumes: with its anonymous volumes.
    QFuture<EngineResult<void>> removeContainer(const QString &container, bool force = false, bool volumes = false);
    QFuture<EngineResult<ContainerList>> listContainers(const ContainerFilter &filter = {});
    /// The container's log so far, stdout and stderr, demultiplexed.
    QFuture<EngineResult<QByteArray>> logs(const QString &container);
    /// `GET /containers/{id}/changes`: how the container's file system differs from its image.
    QFuture<EngineResult<QList<FileSystemChange>>> fileSystemChanges(const QString &container);

    QFuture<EngineResult<ImageDetails>> inspectImage(const QString &image);
    /// The tags (`repository:tag`) of @p repository's images, and only
    /// those: an image's tags of other repositories are left out.
    QFuture<EngineResult<QStringList>> imageTags(const QString &repository);
    /// Names @p image (an id or a name) also @p repository:@p tag
    /// (`POST /images/{name}/tag`); a name another image had moves to it.
    QFuture<EngineResult<void>> tagImage(const QString &image, const QString &repository, const QString &tag);
    /// Removes the name @p reference, and the image too when that was its
    /// last name. Never forced: an image a container uses stays (a Conflict).
    QFuture<EngineResult<void>> removeImage(const QString &reference);
    /// Loads the images of @p tar, as `docker save` writes it (`POST /images/load`).
    QFuture<EngineResult<void>> loadImage(const QByteArray &tar);
    /// As loadImage(), started, with @p size bytes of tar read from @p tar as
    /// they become readable (EngineExchange::send()), never whole in memory
    /// and with no time-out; owned by @p parent. Follow bodyProgress; check
    /// loadError() on finished. Keep @p tar open until then.
    EngineExchange *loadImage(QIODevice *tar, qint64 size, QObject *parent);
    /// The error of a finished streaming loadImage(): the exchange's, or the
    /// one the engine reports inside its 200 answer; nullopt when it loaded.
    static std::optional<EngineError> loadError(const EngineExchange &load);
    /// `GET /images/{name}/get`, started: @p image as `docker save` writes
    /// it, read at the reader's pace (EngineExchange), owned by @p parent.
    /// Once the engine sent the first bytes, a failure no longer changes its
    /// answer: it appends its error message to the tar and ends normally, so
    /// only a tar without its end tells.
    EngineExchange *saveImage(const QString &image, QObject *parent);

    /// `GET /volumes/{name}`; NotFound when the engine has no such volume.
    QFuture<EngineResult<VolumeDetails>> inspectVolume(const QString &name);
    /// Creates the named volume @p name with @p driver (empty: the engine's
    /// default) and @p labels. A name already taken fails as Conflict: the
    /// engine itself would answer with the existing volume as if made anew.
    QFuture<EngineResult<VolumeDetails>> createVolume(const QString &name, const QString &driver = {}, const QMap<QString, QString> &labels = {});
    /// Conflict while a container uses the volume; NotFound when there is none.
    QFuture<EngineResult<void>> removeVolume(const QString &name);

    /// The stat of @p path inside @p container (`HEAD …/archive`); NotFound when there is none.
    QFuture<EngineResult<PathStat>> archiveStat(const QString &container, const QString &path);
    /// The engine's tar of @p path inside @p container, whole in memory: for
    /// small files (EngineExchange streams large ones). A tar larger than
    /// @p limit bytes fails as a Protocol error, without being read whole.
    QFuture<EngineResult<QByteArray>> archive(const QString &container, const QString &path, qint64 limit = maxAnswerSize);
    /// What `PUT …/archive` does where an entry of the tar meets an existing
    /// path of another type (a file over a folder, a folder over a file):
    /// Refuse fails the extraction there (`noOverwriteDirNonDir`); Replace
    /// first removes the path, recursively, as applying a layer does.
    enum class TypeChange { Refuse, Replace };
    /// Extracts the plain tar @p tar into the folder @p path inside @p container.
    /// Owners come from the tar's headers (`copyUIDGID` is never sent: it
    /// would give every entry the container's configured user instead).
    QFuture<EngineResult<void>> putArchive(const QString &container, const QString &path, const QByteArray &tar, TypeChange typeChange = TypeChange::Refuse);
    /// As putArchive(), started, with @p size bytes of tar read from @p tar as
    /// they become readable (EngineExchange::send()), never whole in memory
    /// and with no time-out; owned by @p parent. Follow bodyProgress; check
    /// error() on finished. Keep @p tar open until then.
    EngineExchange *
    putArchive(const QString &container, const QString &path, QIODevice *tar, qint64 size, QObject *parent, TypeChange typeChange = TypeChange::Refuse);

    using Query = QList<std::pair<QString, QString>>;

    /// Opens a long-lived GET (events, followed logs): no time-out; read it
    /// on readyRead, check streamError() on finished. The caller owns the
    /// reply (delete it, or abort() it to stop). For the engine layer's streams.
    QNetworkReply *openStream(const QString &path, const Query &query);
    /// The error of a finished stream; nullopt when it ended normally.
    std::optional<EngineError> streamError(QNetworkReply *reply) const;
    /// Drops idle connections, so the next request connects anew (after the
    /// engine went away, pooled connections may point at a dead socket).
    void resetConnections();
    /// Encodes one path segment (a container name, a checkpoint name).
    static QString encoded(const QString &pathPart);

private:
    /// A successful (2xx) answer.
    struct Response {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(const QByteArray &name) const;
    };

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
        QByteArray contentType = QByteArrayLiteral("application/json");
        bool versioned = true;
        /// Inactivity time-out; 0 for none (checkpoint and restore can stay
        /// silent for minutes on large containers).
        int timeoutMs = 30000;
        /// The largest answer body read (see maxAnswerSize).
        qint64 bodyLimit = maxAnswerSize;
    };
    /// Archive and image transfers stay silent while the engine reads or writes the files.
    static constexpr int archiveTimeoutMs = 120000;

    /// The `POST /images/load` of both loadImage()s, without its body.
    static Request imageLoad();
    QNetworkRequest prepared(const Request &request) const;
    QNetworkReply *send(const Request &request);
    EngineResult<Response> responseOf(QNetworkReply *reply) const;
    /// streamError() of @p reply, whose responseOf() is @p response.
    std::optional<EngineError> streamError(QNetworkReply *reply, const EngineResult<Response> &response) const;
    /// Aborts @p reply once its body is known to exceed @p request's
    /// bodyLimit; the flag it returns then turns true.
    static std::shared_ptr<const bool> limitBody(QNetworkReply *reply, const Request &request);
    EngineError tooLarge(const Request &request) const;
    QFuture<EngineResult<EnginePing>> ping(const QByteArray &method);
    QFuture<EngineResult<EnginePing>> pingWithFallback();
    /// pingWithFallback(), failing with ssh's own words when ssh failed.
    QFuture<EngineResult<EnginePing>> pingOverSsh();
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
        const std::shared_ptr<const bool> exceeded = limitBody(reply, request);
        connect(reply, &QNetworkReply::finished, this, [this, promise, reply, exceeded, request, parse = std::move(parse)] {
            reply->deleteLater();
            if (*exceeded) {
                promise->addResult(std::unexpected(tooLarge(request)));
            } else if (!promise->isCanceled()) {
                const EngineResult<Response> response = responseOf(reply);
                promise->addResult(response ? parse(*response) : EngineResult<T>(std::unexpected(response.error())));
            }
            promise->finish();
        });
        return promise->future();
    }
    QFuture<EngineResult<void>> callWithoutResult(const Request &request);
    /// Sends @p body, @p size bytes exactly, as it becomes readable: it is
    /// never read whole into memory, and a slow producer meets no time-out.
    static QString containerPath(const QString &container);
    static Query archiveQuery(const QString &path, TypeChange typeChange);
    static EngineResult<QJsonDocument> jsonOf(const QByteArray &body);
    /// The volume @p name of an answer, validated.
    static EngineResult<VolumeDetails> volumeOf(const QString &name, const QByteArray &body);

    EngineEndpoint m_endpoint;
    SshTunnel *m_tunnel = nullptr;
    QNetworkAccessManager *m_network;
    QString m_apiVersion;
};

} // namespace Stasis
