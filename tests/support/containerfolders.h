// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointstager.h"
#include "engineexchange.h"
#include "enginetestsupport.h"
#include "helpercontainer.h"
#include "tarentries.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <functional>
#include <optional>

// Looks into a container's folder on the engine host through helper
// containers (the folder belongs to root; the tests see it only through the
// API), and the checkpoints and helpers the engine lists for a container.

namespace Stasis::Test
{

/// The checkpoint names the engine lists for @p container, sorted; a failure shows as a name.
inline QStringList checkpointNames(EngineClient &client, const QString &container)
{
    QStringList names;
    const auto listed = await(client.checkpoints(container));
    for (const CheckpointRef &ref : listed.value_or(QList<CheckpointRef>())) {
        names.append(ref.name);
    }
    if (!listed) {
        names.append(QStringLiteral("<list failed: %1>").arg(listed.error().message));
    }
    names.sort();
    return names;
}

/// `<DockerRootDir>/containers/<full id>` of @p container on the engine host.
inline EngineResult<QString> containerFolder(EngineClient &client, const QString &container)
{
    const auto info = await(client.info());
    if (!info) {
        return std::unexpected(info.error());
    }
    const auto details = await(client.inspectContainer(container));
    if (!details) {
        return std::unexpected(details.error());
    }
    return info->dockerRootDir + QLatin1String("/containers/") + details->id;
}

/// A never-started helper of the test's own with @p hostFolder at CheckpointStager::containerMount.
inline EngineResult<QString> folderReader(EngineClient &client, const QString &hostFolder)
{
    HelperContainer::Spec spec;
    spec.image = sandboxImage();
    spec.hostFolder = hostFolder;
    spec.mountPoint = QString(CheckpointStager::containerMount);
    return await(client.createContainer(HelperContainer::containerSpec(spec)));
}

/// A never-started reader (folderReader()) over @p container's own folder,
/// appended to @p readers for the caller to remove, and the folder's last
/// change; @p folder gets the folder.
inline std::optional<std::pair<QString, QDateTime>> watchFolder(EngineClient &client, const QString &container, QString *folder, QStringList *readers)
{
    const auto found = containerFolder(client, container);
    if (!found) {
        return std::nullopt;
    }
    *folder = *found;
    const auto reader = folderReader(client, *found);
    if (!reader) {
        return std::nullopt;
    }
    readers->append(*reader);
    const auto stat = await(client.archiveStat(*reader, QString(CheckpointStager::containerMount)));
    if (!stat) {
        return std::nullopt;
    }
    return std::pair{*reader, stat->modified};
}

/// Whether the folder @p reader (watchFolder()) sees changed after @p before
/// — a staging folder appeared — while @p going holds, within a minute. No
/// event tells that the engine began writing: it asks (a HEAD each time)
/// without pause, the event loop running meanwhile.
inline bool waitForFolderChange(EngineClient &client, const QString &reader, const QDateTime &before, const std::function<bool()> &going)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (going() && elapsed.elapsed() < 60000) {
        const auto stat = await(client.archiveStat(reader, QString(CheckpointStager::containerMount)));
        if (stat && stat->modified > before) {
            return true;
        }
    }
    return false;
}

/// While @p process runs (for waitForFolderChange()).
inline std::function<bool()> running(const QProcess &process)
{
    return [&process] {
        return process.state() == QProcess::Running;
    };
}

/// The names in @p hostFolder (hidden ones too, without . and ..), sorted:
/// a helper runs `ls` over it, so no file content travels.
inline EngineResult<QStringList> folderNames(EngineClient &client, const QString &hostFolder)
{
    HelperContainer::Spec spec;
    spec.image = sandboxImage();
    spec.hostFolder = hostFolder;
    spec.mountPoint = QString(CheckpointStager::containerMount);
    spec.entrypoint = {QStringLiteral("/bin/ls")};
    spec.command = {QStringLiteral("-A1"), QString(CheckpointStager::containerMount)};
    const auto helper = await(client.createContainer(HelperContainer::containerSpec(spec)));
    if (!helper) {
        return std::unexpected(helper.error());
    }
    const auto removeHelper = qScopeGuard([&] {
        await(client.removeContainer(*helper, true, true));
    });
    // runc now and then fails to start a container on a busy machine ("read
    // init-p: connection reset by peer"); the created helper starts on a
    // second try.
    auto started = await(client.startContainer(*helper));
    for (int retry = 0; retry < 2 && !started && started.error().message.contains(QLatin1String("OCI runtime create failed")); ++retry) {
        started = await(client.startContainer(*helper));
    }
    if (!started) {
        return std::unexpected(started.error());
    }
    const auto waited = await(client.waitContainer(*helper, 60000));
    if (!waited) {
        return std::unexpected(waited.error());
    }
    const int status = *waited;
    const auto log = await(client.logs(*helper));
    if (!log) {
        return std::unexpected(log.error());
    }
    if (status != 0) {
        return std::unexpected(EngineError{EngineError::Kind::ServerError, status, QStringLiteral("ls failed: %1").arg(QString::fromUtf8(*log))});
    }
    QStringList names = QString::fromUtf8(*log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.sort();
    return names;
}

/// The whole archive of @p path inside @p container, through EngineExchange
/// (small folders only: it is held in memory).
inline EngineResult<QByteArray> downloadArchive(EngineClient &client, const QString &container, const QString &path)
{
    EngineExchange download(&client);
    QByteArray archive;
    QObject::connect(&download, &EngineExchange::readyRead, &download, [&] {
        archive.append(download.read(EngineExchange::bufferSize));
    });
    QSignalSpy finished(&download, &EngineExchange::finished);
    download.get(QLatin1String("/containers/") + EngineClient::encoded(container) + QLatin1String("/archive"), {{QStringLiteral("path"), path}});
    if (!finished.wait(60000)) {
        return std::unexpected(EngineError{EngineError::Kind::Timeout, 0, QStringLiteral("the download did not finish")});
    }
    archive.append(download.read(download.bytesAvailable()));
    if (download.error()) {
        return std::unexpected(*download.error());
    }
    return archive;
}

/// The engine's whole tar of @p path inside @p helper (small folders only: it is held in memory).
inline EngineResult<QList<RawTarEntry>> archiveEntries(EngineClient &client, const QString &helper, const QString &path)
{
    const auto archive = await(client.archive(helper, path));
    if (!archive) {
        return std::unexpected(archive.error());
    }
    const QList<RawTarEntry> entries = tarEntries(*archive);
    if (entries.isEmpty()) {
        return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, QStringLiteral("the engine's tar of %1 is empty or cut short").arg(path)});
    }
    return entries;
}

/// Stasis's helper containers (by label) that bind-mount a folder whose path
/// contains @p containerId; with @p writableOnly, the read-write ones only:
/// an import's, never the tests' readers nor an export's.
inline EngineResult<QStringList> helpersOver(EngineClient &client, const QString &containerId, bool writableOnly = true)
{
    const auto listed = helperContainers(client);
    if (!listed) {
        return std::unexpected(listed.error());
    }
    QStringList helpers;
    for (const ContainerSummary &helper : *listed) {
        for (const BindMount &bind : helper.mounts) {
            if (bind.source.contains(containerId) && (!writableOnly || !bind.readOnly)) {
                helpers.append(helper.id);
                break;
            }
        }
    }
    return helpers;
}

} // namespace Stasis::Test
