// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmetadatawriter.h"

#include "checkpointscan.h"
#include "checkpointarchivestream.h"
#include "checkpointcatalog.h"
#include "helpercontainer.h"
#include "ustarwriter.h"
#include "engineclient.h"

#include <QCoreApplication>
#include <QPromise>

#include <memory>

namespace Stasis
{

namespace
{

class WriteRun final : public std::enable_shared_from_this<WriteRun>
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointMetadataWriter)

public:
    WriteRun(EngineClient *client, const QString &container, const QString &checkpoint, const QString &directory, const CheckpointMetadata &metadata)
        : m_client(client)
        , m_container(container)
        , m_checkpoint(checkpoint)
        , m_directory(directory)
        , m_metadata(metadata)
    {
        m_promise.start();
    }

    QFuture<EngineResult<CheckpointMetadata>> future()
    {
        return m_promise.future();
    }

    void start()
    {
        m_client->inspectContainer(m_container).then(m_client, [self = shared_from_this()](const EngineResult<ContainerDetails> &details) {
            if (!details) {
                return self->finish(std::unexpected(details.error()));
            }
            self->m_containerId = details->id;
            self->m_image = details->imageId;
            if (!self->m_directory.isEmpty()) {
                return self->createHelper(self->m_directory);
            }
            self->m_client->info().then(self->m_client, [self](const EngineResult<EngineInfo> &info) {
                if (!info) {
                    return self->finish(std::unexpected(info.error()));
                }
                self->createHelper(CheckpointCatalog::defaultFolder(info->dockerRootDir, self->m_containerId));
            });
        });
    }

private:
    void createHelper(const QString &folder)
    {
        HelperContainer::create(m_client, m_image, folder, false).then(m_client, [self = shared_from_this()](const EngineResult<QString> &helper) {
            if (!helper) {
                return self->finish(std::unexpected(helper.error()));
            }
            self->m_helper = *helper;
            self->measure();
        });
    }

    /// Reads the checkpoint once through the helper to learn its size and
    /// its memory pages' size (the engine tells neither).
    void measure()
    {
        m_scan = std::make_unique<CheckpointScan>(m_checkpoint, false);
        m_stream = std::make_unique<CheckpointArchiveStream>(m_client, m_scan.get());
        m_scan->setReader(&m_stream->reader());
        QObject::connect(m_stream.get(), &CheckpointArchiveStream::finished, m_client, [self = shared_from_this()](bool ok) {
            if (ok) {
                self->m_metadata.size = self->m_scan->totalSize();
                self->m_metadata.memoryPagesSize = self->m_scan->memoryPagesSize();
            }
            // Without the sizes the metadata is still worth writing.
            self->put();
        });
        m_stream->start(m_helper, m_checkpoint);
    }

    void put()
    {
        if (m_stream) {
            m_stream.release()->deleteLater(); // put() runs inside its finished()
        }
        UstarWriter tar;
        // Only the file: the checkpoint's folder exists and keeps its mode.
        if (!tar.addFile(m_checkpoint + QLatin1Char('/') + QString(CheckpointMetadata::fileName), m_metadata.toJson(), 0644)) {
            const QString message = tr("The checkpoint name %1 is too long for the archive.").arg(m_checkpoint);
            return removeHelper(std::unexpected(EngineError{EngineError::Kind::Protocol, 0, message}));
        }
        m_client
            ->request("PUT",
                      QLatin1String("/containers/") + EngineClient::encoded(m_helper) + QLatin1String("/archive"),
                      {{QStringLiteral("path"), QString(HelperContainer::mountPoint)}, {QStringLiteral("noOverwriteDirNonDir"), QStringLiteral("1")}},
                      tar.finish())
            .then(m_client, [self = shared_from_this()](const EngineResult<EngineClient::Response> &put) {
                self->removeHelper(put ? EngineResult<void>() : EngineResult<void>(std::unexpected(put.error())));
            });
    }

    void removeHelper(const EngineResult<void> &written)
    {
        HelperContainer::remove(m_client, m_helper).then(m_client, [self = shared_from_this(), written](const EngineResult<void> &removed) {
            self->finish(written && !removed ? removed : written);
        });
    }

    void finish(EngineResult<void> result)
    {
        if (!result) {
            result.error().message =
                tr("Cannot write %1 into checkpoint %2: %3").arg(QString(CheckpointMetadata::fileName), m_checkpoint, result.error().message);
            m_promise.addResult(EngineResult<CheckpointMetadata>(std::unexpected(result.error())));
        } else {
            m_promise.addResult(m_metadata);
        }
        m_promise.finish();
    }

    EngineClient *m_client;
    QString m_container;
    QString m_checkpoint;
    QString m_directory;
    CheckpointMetadata m_metadata;
    QString m_containerId;
    QString m_image;
    QString m_helper;
    std::unique_ptr<CheckpointScan> m_scan;
    std::unique_ptr<CheckpointArchiveStream> m_stream;
    QPromise<EngineResult<CheckpointMetadata>> m_promise;
};
} // namespace

QFuture<EngineResult<CheckpointMetadata>> CheckpointMetadataWriter::write(EngineClient *client,
                                                            const QString &container,
                                                            const QString &checkpoint,
                                                            const QString &directory,
                                                            const CheckpointMetadata &metadata)
{
    auto run = std::make_shared<WriteRun>(client, container, checkpoint, directory, metadata);
    run->start();
    return run->future();
}

} // namespace Stasis
