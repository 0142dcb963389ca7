// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmetadatawriter.h"

#include "checkpointarchivestream.h"
#include "checkpointfolder.h"
#include "checkpointscan.h"
#include "engineclient.h"
#include "helpercontainer.h"
#include "helperlease.h"
#include "helperregistry.h"
#include "ustarwriter.h"

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
        CheckpointFolder::resolve(m_client, m_container, m_directory).then(m_client, [self = shared_from_this()](const EngineResult<CheckpointFolder> &folder) {
            if (!folder) {
                return self->finish(std::unexpected(folder.error()));
            }
            self->createHelper(*folder);
        });
    }

private:
    void createHelper(const CheckpointFolder &folder)
    {
        HelperRegistry::of(m_client)
            ->create(folder.container.imageId, folder.hostPath, false)
            .then(m_client, [self = shared_from_this()](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
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
        m_stream->start(m_helper->id(), m_checkpoint);
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
        m_client->putArchive(m_helper->id(), QString(HelperContainer::mountPoint), tar.finish())
            .then(m_client, [self = shared_from_this()](const EngineResult<void> &put) {
                self->removeHelper(put);
            });
    }

    void removeHelper(const EngineResult<void> &written)
    {
        m_helper->remove().then(m_client, [self = shared_from_this(), written](const EngineResult<void> &removed) {
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
    std::shared_ptr<HelperLease> m_helper;
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
