// SPDX-License-Identifier: GPL-2.0-or-later
#include "criulogfetcher.h"

#include "criulog.h"

#include "checkpointfolderhelper.h"
#include "engineclient.h"
#include "helpercontainer.h"
#include "helperlease.h"

#include <KTar>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace Stasis
{

namespace
{

/// The one regular file @p name in the tar @p archive. The log is small and
/// already in memory: no socket and no temporary file behind the KTar.
EngineResult<QString> fileInTar(const QByteArray &archive, const QString &name)
{
    QBuffer buffer;
    buffer.setData(archive);
    KTar tar(&buffer);
    const auto unreadable = [&name] {
        return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, CriuLogFetcher::tr("The engine sent an unreadable archive of %1.").arg(name)});
    };
    if (!tar.open(QIODevice::ReadOnly)) {
        return unreadable();
    }
    const KArchiveFile *file = tar.directory()->file(name);
    if (!file) {
        return unreadable();
    }
    QByteArray data = file->data();
    if (data.size() > CriuLogFetcher::maximumBytes) {
        data = data.right(CriuLogFetcher::maximumBytes);
    }
    return QString::fromUtf8(data);
}

/// The log @p file, read through @p lease, which is removed before the answer.
QFuture<EngineResult<QString>> readThrough(EngineClient *client, const std::shared_ptr<HelperLease> &lease, const QString &file)
{
    return client->archive(lease->id(), HelperContainer::pathInside(file))
        .then(client,
              [client, lease, file](const EngineResult<QByteArray> &archive) {
                  const EngineResult<QString> log = archive.and_then([&file](const QByteArray &tar) {
                      return fileInTar(tar, file);
                  });
                  return lease->remove().then(client, [log](const EngineResult<void> &) {
                      return log;
                  });
              })
        .unwrap();
}
} // namespace

QFuture<EngineResult<QString>> CriuLogFetcher::fetch(EngineClient *client, const QString &container, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    const QString folder = QFileInfo(path).path();
    // No helper when its bind source no longer exists: the engine removed the bundle (moby#40529).
    const auto explain = [folder, file](const QString &message) {
        return tr("Cannot read CRIU's log %1/%2 (it may be gone already): %3").arg(folder, file, message);
    };
    // The log's folder is no checkpoint folder, but a helper over it needs the same: the container's image.
    return CheckpointFolderHelper::create(client, container, folder, true, explain)
        .then(client,
              [client, file](const EngineResult<CheckpointFolderHelper> &helper) {
                  if (!helper) {
                      return QtFuture::makeReadyValueFuture(EngineResult<QString>(std::unexpected(helper.error())));
                  }
                  return readThrough(client, helper->lease, file);
              })
        .unwrap();
}

QFuture<QString> CriuLogFetcher::detailsFor(EngineClient *client, const QString &container, const EngineError &error, QObject *context)
{
    const QString path = CriuLog::pathIn(error.message);
    if (path.isEmpty()) {
        return QtFuture::makeReadyValueFuture(CriuLog::advice(error.message).join(QLatin1Char('\n')));
    }
    return fetch(client, container, path).then(context, [error](const EngineResult<QString> &log) {
        return log ? CriuLog::details(*log, error.message)
                   : QString(CriuLog::details({}, error.message) + QLatin1String("\n\n") + log.error().message).trimmed();
    });
}

} // namespace Stasis
