// SPDX-License-Identifier: GPL-2.0-or-later
#include "criulogfetcher.h"

#include "criulog.h"

#include "checkpointfolder.h"
#include "engineclient.h"
#include "helpercontainer.h"
#include "helperlease.h"
#include "helperregistry.h"

#include <KTar>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>

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

class FetchRun final : public std::enable_shared_from_this<FetchRun>
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CriuLogFetcher)

public:
    FetchRun(EngineClient *client, const QString &container, const QString &path)
        : m_client(client)
        , m_container(container)
        , m_file(QFileInfo(path).fileName())
        , m_folder(QFileInfo(path).path())
    {
        m_promise.start();
    }

    QFuture<EngineResult<QString>> future()
    {
        return m_promise.future();
    }

    void start()
    {
        // The log's folder is no checkpoint folder, but a helper over it needs the same: the container's image.
        CheckpointFolder::resolve(m_client, m_container, m_folder).then(m_client, [self = shared_from_this()](const EngineResult<CheckpointFolder> &folder) {
            if (!folder) {
                return self->finish(std::unexpected(folder.error()));
            }
            HelperRegistry::of(self->m_client)
                ->create(folder->container.imageId, folder->hostPath, true)
                .then(self->m_client, [self](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
                    if (!helper) {
                        EngineError error = helper.error();
                        // The bind source no longer exists: the engine removed the bundle (moby#40529).
                        error.message = tr("Cannot read CRIU's log %1/%2 (it may be gone already): %3").arg(self->m_folder, self->m_file, error.message);
                        return self->finish(std::unexpected(error));
                    }
                    self->read(*helper);
                });
        });
    }

private:
    void read(const std::shared_ptr<HelperLease> &helper)
    {
        m_client->archive(helper->id(), HelperContainer::pathInside(m_file))
            .then(m_client, [self = shared_from_this(), helper](const EngineResult<QByteArray> &archive) {
                const EngineResult<QString> log = archive.and_then([&self](const QByteArray &tar) {
                    return fileInTar(tar, self->m_file);
                });
                helper->remove().then(self->m_client, [self, log](const EngineResult<void> &) {
                    self->finish(log);
                });
            });
    }

    void finish(const EngineResult<QString> &log)
    {
        m_promise.addResult(log);
        m_promise.finish();
    }

    EngineClient *m_client;
    QString m_container;
    QString m_file;
    QString m_folder;
    QPromise<EngineResult<QString>> m_promise;
};
} // namespace

QFuture<EngineResult<QString>> CriuLogFetcher::fetch(EngineClient *client, const QString &container, const QString &path)
{
    auto run = std::make_shared<FetchRun>(client, container, path);
    run->start();
    return run->future();
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
