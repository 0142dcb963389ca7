// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient's calls on containers and their files.
#include "engineclient.h"
#include "engineexchange.h"

#include "logdemuxer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Stasis
{

namespace
{
QString filtersOf(const ContainerFilter &filter)
{
    QJsonObject filters;
    if (!filter.id.isEmpty()) {
        filters.insert(QLatin1String("id"), QJsonArray{filter.id});
    }
    if (!filter.name.isEmpty()) {
        // A name filter is a regular expression over names with their leading slash.
        filters.insert(QLatin1String("name"), QJsonArray{QString(QLatin1String("^/") + QRegularExpression::escape(filter.name) + QLatin1Char('$'))});
    }
    if (!filter.label.isEmpty()) {
        filters.insert(QLatin1String("label"), QJsonArray{filter.label});
    }
    return filters.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact));
}
} // namespace

QFuture<EngineResult<void>> EngineClient::startContainer(const QString &container, const QString &checkpoint, const QString &directory)
{
    Request request{"POST", containerPath(container) + QLatin1String("/start")};
    if (!checkpoint.isEmpty()) {
        request.query.append({QStringLiteral("checkpoint"), checkpoint});
        request.timeoutMs = 0;
    }
    if (!directory.isEmpty()) {
        request.query.append({QStringLiteral("checkpoint-dir"), directory});
    }
    return callWithoutResult(request);
}

QFuture<EngineResult<void>> EngineClient::stopContainer(const QString &container, int timeoutSeconds)
{
    Request request{"POST", containerPath(container) + QLatin1String("/stop")};
    request.query.append({QStringLiteral("t"), QString::number(timeoutSeconds)});
    request.timeoutMs = (timeoutSeconds + 30) * 1000;
    return callWithoutResult(request);
}

QFuture<EngineResult<void>> EngineClient::pauseContainer(const QString &container)
{
    return callWithoutResult(Request{"POST", containerPath(container) + QLatin1String("/pause")});
}

QFuture<EngineResult<void>> EngineClient::unpauseContainer(const QString &container)
{
    return callWithoutResult(Request{"POST", containerPath(container) + QLatin1String("/unpause")});
}

QFuture<EngineResult<void>> EngineClient::renameContainer(const QString &container, const QString &name)
{
    Request request{"POST", containerPath(container) + QLatin1String("/rename")};
    request.query.append({QStringLiteral("name"), name});
    return callWithoutResult(request);
}

QFuture<EngineResult<int>> EngineClient::waitContainer(const QString &container, int timeoutMs)
{
    Request request{"POST", containerPath(container) + QLatin1String("/wait")};
    request.timeoutMs = timeoutMs;
    return call<int>(request, [container](const Response &response) -> EngineResult<int> {
        return jsonOf(response.body).and_then([&container](const QJsonDocument &document) -> EngineResult<int> {
            const QJsonValue status = document.object().value(QLatin1String("StatusCode"));
            if (!status.isDouble()) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine did not say how %1 ended.").arg(container)});
            }
            return status.toInt();
        });
    });
}

QFuture<EngineResult<QString>> EngineClient::createContainer(const ContainerSpec &spec)
{
    Request request{"POST", QStringLiteral("/containers/create")};
    if (!spec.name.isEmpty()) {
        request.query.append({QStringLiteral("name"), spec.name});
    }
    request.body = QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact);
    return call<QString>(request, [name = spec.name](const Response &response) -> EngineResult<QString> {
        return jsonOf(response.body).and_then([&name](const QJsonDocument &document) -> EngineResult<QString> {
            const QString id = document.object().value(QLatin1String("Id")).toString();
            if (id.isEmpty()) {
                return std::unexpected(
                    EngineError{EngineError::Kind::Protocol, 0, tr("The engine created the container %1 but did not say its id.").arg(name)});
            }
            return id;
        });
    });
}

QFuture<EngineResult<ContainerDetails>> EngineClient::inspectContainer(const QString &container)
{
    return call<ContainerDetails>(Request{"GET", containerPath(container) + QLatin1String("/json")},
                                  [](const Response &response) -> EngineResult<ContainerDetails> {
                                      return jsonOf(response.body).transform([](const QJsonDocument &document) {
                                          return ContainerDetails::fromJson(document.object());
                                      });
                                  });
}

QFuture<EngineResult<void>> EngineClient::removeContainer(const QString &container, bool force, bool volumes)
{
    Request request{"DELETE", containerPath(container)};
    if (force) {
        request.query.append({QStringLiteral("force"), QStringLiteral("1")});
    }
    if (volumes) {
        request.query.append({QStringLiteral("v"), QStringLiteral("1")});
    }
    return callWithoutResult(request);
}

QFuture<EngineResult<ContainerList>> EngineClient::listContainers(const ContainerFilter &filter)
{
    Request request{"GET", QStringLiteral("/containers/json")};
    request.query.append({QStringLiteral("all"), QStringLiteral("1")});
    if (const QString filters = filtersOf(filter); !filters.isEmpty()) {
        request.query.append({QStringLiteral("filters"), filters});
    }
    return call<ContainerList>(request, [](const Response &response) -> EngineResult<ContainerList> {
        return jsonOf(response.body).and_then([&response](const QJsonDocument &document) -> EngineResult<ContainerList> {
            if (!document.isArray()) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine's container list is not a JSON array.")});
            }
            ContainerList list;
            list.engineTime = QDateTime::fromString(QString::fromLatin1(response.header("Date")), Qt::RFC2822Date);
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array) {
                list.containers.append(ContainerSummary::fromJson(value.toObject()));
            }
            return list;
        });
    });
}

QFuture<EngineResult<QByteArray>> EngineClient::logs(const QString &container)
{
    Request request{"GET", containerPath(container) + QLatin1String("/logs")};
    request.query = {{QStringLiteral("stdout"), QStringLiteral("1")}, {QStringLiteral("stderr"), QStringLiteral("1")}};
    return call<QByteArray>(request, [](const Response &response) -> EngineResult<QByteArray> {
        if (response.contentType.contains("multiplexed")) {
            return LogDemuxer::joinAll(response.body);
        }
        return response.body;
    });
}

QFuture<EngineResult<QList<FileSystemChange>>> EngineClient::fileSystemChanges(const QString &container)
{
    return call<QList<FileSystemChange>>(
        Request{"GET", containerPath(container) + QLatin1String("/changes")},
        [](const Response &response) -> EngineResult<QList<FileSystemChange>> {
            QList<FileSystemChange> changes;
            // A container without changes is answered with null.
            if (response.body.trimmed() == "null") {
                return changes;
            }
            const EngineResult<QJsonDocument> document = jsonOf(response.body);
            if (!document) {
                return std::unexpected(document.error());
            }
            for (const QJsonValue &value : document->array()) {
                const std::optional<FileSystemChange> change = FileSystemChange::fromJson(value.toObject());
                if (!change) {
                    return std::unexpected(
                        EngineError{EngineError::Kind::Protocol, response.status, tr("The engine sent a file system change that is not a path and a kind.")});
                }
                changes.append(*change);
            }
            return changes;
        });
}

QFuture<EngineResult<PathStat>> EngineClient::archiveStat(const QString &container, const QString &path)
{
    Request request{"HEAD", containerPath(container) + QLatin1String("/archive")};
    request.query.append({QStringLiteral("path"), path});
    return call<PathStat>(request, [path](const Response &response) -> EngineResult<PathStat> {
        const std::optional<PathStat> stat = PathStat::fromHeader(response.header("X-Docker-Container-Path-Stat"));
        if (!stat) {
            return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine sent no readable file information for %1.").arg(path)});
        }
        return *stat;
    });
}

QFuture<EngineResult<QByteArray>> EngineClient::archive(const QString &container, const QString &path, qint64 limit)
{
    Request request{"GET", containerPath(container) + QLatin1String("/archive")};
    request.query.append({QStringLiteral("path"), path});
    request.timeoutMs = archiveTimeoutMs;
    request.bodyLimit = limit;
    return call<QByteArray>(request, [](const Response &response) -> EngineResult<QByteArray> {
        return response.body;
    });
}

EngineClient::Query EngineClient::archiveQuery(const QString &path, TypeChange typeChange)
{
    Query query{{QStringLiteral("path"), path}};
    if (typeChange == TypeChange::Refuse) {
        query.append({QStringLiteral("noOverwriteDirNonDir"), QStringLiteral("1")});
    }
    return query;
}

QFuture<EngineResult<void>> EngineClient::putArchive(const QString &container, const QString &path, const QByteArray &tar, TypeChange typeChange)
{
    Request request{"PUT", containerPath(container) + QLatin1String("/archive")};
    request.query = archiveQuery(path, typeChange);
    request.body = tar;
    request.contentType = QByteArrayLiteral("application/x-tar");
    request.timeoutMs = archiveTimeoutMs;
    return callWithoutResult(request);
}

EngineExchange *EngineClient::putArchive(const QString &container, const QString &path, QIODevice *tar, qint64 size, QObject *parent, TypeChange typeChange)
{
    auto *put = new EngineExchange(this, parent);
    put->send("PUT", containerPath(container) + QLatin1String("/archive"), archiveQuery(path, typeChange), tar, size, QByteArrayLiteral("application/x-tar"));
    return put;
}

} // namespace Stasis
