// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineclient.h"

#include "enginelogging.h"
#include "logdemuxer.h"
#include "socketprobe.h"
#include "sshtunnel.h"
#include "tlsfailure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>
#include <QVersionNumber>

namespace Stasis
{

namespace
{
/// The QNetworkReply property holding the certificate errors Qt reported for it.
constexpr char sslErrorsProperty[] = "stasisSslErrors";

EngineResult<void> nothing(const auto &)
{
    return {};
}

} // namespace

EngineClient::EngineClient(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_tunnel(endpoint.usesSsh() ? new SshTunnel(endpoint, this) : nullptr)
    , m_network(new QNetworkAccessManager(this))
{
    // The engine never redirects: following a redirect could send a
    // checkpoint's memory pages to wherever the answer points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Kept for responseOf(): the reply's error alone says only "handshake failed".
    connect(m_network, &QNetworkAccessManager::sslErrors, this, [](QNetworkReply *reply, const QList<QSslError> &errors) {
        reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
    });
}

EngineClient::~EngineClient() = default;

QString EngineClient::localSocketPath() const
{
    return m_tunnel ? m_tunnel->socketPath() : m_endpoint.socketPath();
}

EngineResult<QJsonDocument> EngineClient::jsonOf(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine sent invalid JSON: %1.").arg(error.errorString())});
    }
    return document;
}

QString EngineClient::containerPath(const QString &container)
{
    return QLatin1String("/containers/") + encoded(container);
}

QString EngineClient::encoded(const QString &pathPart)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(pathPart));
}

QNetworkRequest EngineClient::prepared(const Request &request) const
{
    QUrl url = m_endpoint.baseUrl();
    const QString prefix = request.versioned && !m_apiVersion.isEmpty() ? QLatin1String("/v") + m_apiVersion : QString();
    url.setPath(prefix + request.path, QUrl::TolerantMode);
    QStringList query;
    for (const auto &[key, value] : request.query) {
        query.append(key + QLatin1Char('=') + encoded(value));
    }
    if (!query.isEmpty()) {
        url.setQuery(query.join(QLatin1Char('&')), QUrl::TolerantMode);
    }

    QNetworkRequest networkRequest(url);
    m_endpoint.applyTo(networkRequest);
    if (m_tunnel) {
        networkRequest.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, m_tunnel->socketPath());
    }
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setRawHeader("Accept", "application/json");
    // Qt asks for gzip by default, and the engine then compresses archive
    // streams: Qt's decompression kept every byte of a 400 MB `GET …/archive`
    // in memory (530 MB peak) and took ten times as long as the plain stream.
    networkRequest.setRawHeader("Accept-Encoding", "identity");
    networkRequest.setTransferTimeout(request.timeoutMs);
    if (!request.body.isNull()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    qCDebug(lcEngine) << request.method << url.toString(QUrl::FullyEncoded);
    return networkRequest;
}

QNetworkReply *EngineClient::send(const Request &request)
{
    const QNetworkRequest networkRequest = prepared(request);
    if (request.method == "HEAD") {
        // As a custom request, Qt would wait for the body a HEAD never has.
        return m_network->head(networkRequest);
    }
    return m_network->sendCustomRequest(networkRequest, request.method, request.body);
}

EngineResult<EngineClient::Response> EngineClient::responseOf(QNetworkReply *reply) const
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
            return std::unexpected(EngineError{EngineError::Kind::Cancelled, 0, tr("The request was cancelled.")});
        case QNetworkReply::TimeoutError:
            return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, tr("The engine at %1 did not answer in time.").arg(m_endpoint.displayUrl())});
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            return std::unexpected(EngineError{EngineError::Kind::Protocol,
                                               0,
                                               tr("The engine at %1 sent an invalid reply: %2.").arg(m_endpoint.displayUrl(), reply->errorString())});
        default:
            if (const QString tls = tlsFailure(m_endpoint, reply->property(sslErrorsProperty).value<QList<QSslError>>(), reply->errorString());
                !tls.isEmpty()) {
                return std::unexpected(EngineError{EngineError::Kind::Unreachable, 0, tls});
            }
            return std::unexpected(EngineError{
                EngineError::Kind::Unreachable,
                0,
                tr("Lost the connection to the engine at %1 (%2). Check that it runs, then try again.").arg(m_endpoint.displayUrl(), reply->errorString())});
        }
    }
    Response response{statusAttribute.toInt(), reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeaderPairs()};
    if (response.status >= 200 && response.status < 300) {
        return response;
    }
    return std::unexpected(EngineError::fromAnswer(response.status, response.body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
}

std::shared_ptr<const bool> EngineClient::limitBody(QNetworkReply *reply, const Request &request)
{
    auto exceeded = std::make_shared<bool>(false);
    const qint64 limit = request.bodyLimit;
    const auto check = [reply, exceeded, limit](qint64 size) {
        if (size > limit && !*exceeded) {
            *exceeded = true;
            reply->abort();
        }
    };
    // A declared length says it before any byte arrives; a chunked body as it grows.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, check] {
        check(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [check](qint64 received, qint64) {
        check(received);
    });
    return exceeded;
}

EngineError EngineClient::tooLarge(const Request &request) const
{
    return EngineError{EngineError::Kind::Protocol,
                       0,
                       tr("The answer of the engine at %1 to %2 was too large (more than %3); Stasis stopped reading it.")
                           .arg(m_endpoint.displayUrl(), request.path, QLocale().formattedDataSize(request.bodyLimit, 0, QLocale::DataSizeIecFormat))};
}

void EngineClient::resetConnections()
{
    m_network->clearConnectionCache();
}

QByteArray EngineClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QNetworkReply *EngineClient::openStream(const QString &path, const Query &query)
{
    Request request("GET", path);
    request.query = query;
    request.timeoutMs = 0;
    return send(request);
}

std::optional<EngineError> EngineClient::streamError(QNetworkReply *reply) const
{
    return streamError(reply, responseOf(reply));
}

std::optional<EngineError> EngineClient::streamError(QNetworkReply *reply, const EngineResult<Response> &response) const
{
    if (response && reply->error() == QNetworkReply::NoError) {
        return std::nullopt;
    }
    if (response) {
        // A 2xx stream cut off mid-body.
        return EngineError{EngineError::Kind::Unreachable, 0, tr("The engine at %1 closed the stream: %2.").arg(m_endpoint.displayUrl(), reply->errorString())};
    }
    return response.error();
}

QFuture<EngineResult<void>> EngineClient::callWithoutResult(const Request &request)
{
    return call<void>(request, nothing<Response>);
}

QFuture<EngineResult<EnginePing>> EngineClient::connectToEngine()
{
    if (m_tunnel) {
        return pingOverSsh();
    }
    if (!m_endpoint.isUnixSocket()) {
        return pingWithFallback();
    }
    return SocketProbe::probe(m_endpoint.socketPath(), this)
        .then(this,
              [this](const SocketProbeResult &probe) -> QFuture<EngineResult<EnginePing>> {
                  if (probe.outcome != SocketProbeResult::Outcome::Reachable) {
                      return QtFuture::makeReadyValueFuture(
                          EngineResult<EnginePing>(std::unexpected(EngineError{EngineError::Kind::Unreachable, 0, probe.message})));
                  }
                  return pingWithFallback();
              })
        .unwrap();
}

QFuture<EngineResult<EnginePing>> EngineClient::pingOverSsh()
{
    return pingWithFallback()
        .then(this,
              [this](const EngineResult<EnginePing> &ping) -> QFuture<EngineResult<EnginePing>> {
                  if (ping || ping.error().kind != EngineError::Kind::Unreachable) {
                      return QtFuture::makeReadyValueFuture(ping);
                  }
                  // ssh says why better than the closed connection does.
                  return m_tunnel->failureOnceSettled(3000).then(this, [this, ping](const QString &failure) -> EngineResult<EnginePing> {
                      if (failure.isEmpty()) {
                          return ping;
                      }
                      const QString port = m_endpoint.port() > 0 ? QStringLiteral("-p %1 ").arg(m_endpoint.port()) : QString();
                      const QString user = m_endpoint.sshUser().isEmpty() ? QString() : m_endpoint.sshUser() + QLatin1Char('@');
                      return std::unexpected(EngineError{
                          EngineError::Kind::Unreachable,
                          0,
                          tr("Could not reach the engine at %1 over ssh: %2. Check that `ssh %3%4 docker version` works in a terminal: the host key "
                             "known, a key without a passphrase or in ssh-agent, and the Docker CLI installed there.")
                              .arg(m_endpoint.displayUrl(), failure, port, user + m_endpoint.host())});
                  });
              })
        .unwrap();
}

QFuture<EngineResult<EnginePing>> EngineClient::pingWithFallback()
{
    return ping("HEAD")
        .then(this,
              [this](const EngineResult<EnginePing> &headPing) -> QFuture<EngineResult<EnginePing>> {
                  // Like the Docker CLI: fall back to GET when HEAD is refused.
                  if (headPing || headPing.error().httpStatus == 0) {
                      return QtFuture::makeReadyValueFuture(headPing);
                  }
                  return ping("GET");
              })
        .unwrap();
}

QFuture<EngineResult<EnginePing>> EngineClient::ping(const QByteArray &method)
{
    auto promise = std::make_shared<QPromise<EngineResult<EnginePing>>>();
    promise->start();
    Request request(method, QStringLiteral("/_ping"));
    request.versioned = false;
    QNetworkReply *reply = send(request);
    connect(reply, &QNetworkReply::finished, this, [this, promise, reply] {
        reply->deleteLater();
        EngineResult<Response> response = responseOf(reply);
        if (!response) {
            promise->addResult(std::unexpected(response.error()));
            promise->finish();
            return;
        }
        EnginePing ping;
        ping.apiVersion = QString::fromLatin1(reply->rawHeader("API-Version"));
        ping.experimental = reply->rawHeader("Docker-Experimental") == "true";
        ping.osType = QString::fromLatin1(reply->rawHeader("OS-Type"));
        promise->addResult(negotiated(ping));
        promise->finish();
    });
    return promise->future();
}

EngineResult<EnginePing> EngineClient::negotiated(EnginePing ping)
{
    const QVersionNumber ours = QVersionNumber::fromString(maximumApiVersion);
    const QVersionNumber minimum = QVersionNumber::fromString(minimumApiVersion);
    const QVersionNumber theirs = QVersionNumber::fromString(ping.apiVersion);
    if (theirs.isNull()) {
        // Engines older than API 1.25 send no version header.
        return std::unexpected(EngineError{EngineError::Kind::Unsupported,
                                           0,
                                           tr("The engine at %1 does not say which API it speaks; it is older than Stasis supports (API %2 or newer).")
                                               .arg(m_endpoint.displayUrl(), minimumApiVersion)});
    }
    if (theirs < minimum) {
        return std::unexpected(EngineError{EngineError::Kind::Unsupported,
                                           0,
                                           tr("The engine at %1 speaks API %2; Stasis needs %3 or newer (Docker 19.03 or later). Update the engine.")
                                               .arg(m_endpoint.displayUrl(), ping.apiVersion, minimumApiVersion)});
    }
    m_apiVersion = (theirs < ours ? theirs : ours).toString();
    ping.apiVersion = m_apiVersion;
    qCDebug(lcEngine) << "negotiated API" << m_apiVersion << "experimental" << ping.experimental << "os" << ping.osType;
    return ping;
}

QFuture<EngineResult<EngineVersion>> EngineClient::version()
{
    return call<EngineVersion>(Request{"GET", QStringLiteral("/version")}, [](const Response &response) -> EngineResult<EngineVersion> {
        return jsonOf(response.body).transform([](const QJsonDocument &document) {
            return EngineVersion::fromJson(document.object());
        });
    });
}

QFuture<EngineResult<EngineInfo>> EngineClient::info()
{
    return call<EngineInfo>(Request{"GET", QStringLiteral("/info")}, [](const Response &response) -> EngineResult<EngineInfo> {
        return jsonOf(response.body).transform([](const QJsonDocument &document) {
            return EngineInfo::fromJson(document.object());
        });
    });
}

QFuture<EngineResult<QList<CheckpointRef>>> EngineClient::checkpoints(const QString &container, const QString &directory)
{
    Request request{"GET", QLatin1String("/containers/") + encoded(container) + QLatin1String("/checkpoints")};
    if (!directory.isEmpty()) {
        request.query.append({QStringLiteral("dir"), directory});
    }
    return call<QList<CheckpointRef>>(request, [](const Response &response) -> EngineResult<QList<CheckpointRef>> {
        // The engine answers `null` when there are none.
        if (response.body.trimmed() == "null") {
            return QList<CheckpointRef>();
        }
        return jsonOf(response.body).transform([](const QJsonDocument &document) {
            QList<CheckpointRef> refs;
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array) {
                refs.append(CheckpointRef{value.toObject().value(QLatin1String("Name")).toString()});
            }
            return refs;
        });
    });
}

QFuture<EngineResult<void>> EngineClient::createCheckpoint(const QString &container, const CheckpointOptions &options)
{
    QJsonObject body{{QLatin1String("CheckpointID"), options.name}, {QLatin1String("Exit"), !options.leaveRunning}};
    if (!options.directory.isEmpty()) {
        body.insert(QLatin1String("CheckpointDir"), options.directory);
    }
    Request request{"POST", QLatin1String("/containers/") + encoded(container) + QLatin1String("/checkpoints")};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.timeoutMs = 0;
    return callWithoutResult(request);
}

QFuture<EngineResult<void>> EngineClient::removeCheckpoint(const QString &container, const QString &name, const QString &directory)
{
    Request request{"DELETE", QLatin1String("/containers/") + encoded(container) + QLatin1String("/checkpoints/") + encoded(name)};
    if (!directory.isEmpty()) {
        request.query.append({QStringLiteral("dir"), directory});
    }
    return callWithoutResult(request);
}

} // namespace Stasis
