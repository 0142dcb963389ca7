// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointmetadatawriter.h"

#include "asyncrun.h"
#include "checkpointarchivestream.h"
#include "checkpointfolderhelper.h"
#include "checkpointscan.h"
#include "engineclient.h"
#include "helpercontainer.h"
#include "helperlease.h"
#include "ustarwriter.h"

#include <QCoreApplication>

#include <memory>

namespace Stasis
{

namespace
{

class WriteRun final : public AsyncRun<WriteRun, EngineResult<CheckpointMetadata>>
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
    }

    void start()
    {
        CheckpointFolderHelper::create(m_client, m_container, m_directory, false)
            .then(m_client, [self = shared_from_this()](const EngineResult<CheckpointFolderHelper> &helper) {
                if (!helper) {
                    return self->finish(std::unexpected(helper.error()));
                }
                self->m_helper = helper->lease;
                self->measure();
            });
    }

private:
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
            return answer(std::unexpected(result.error()));
        }
        answer(m_metadata);
    }

    EngineClient *m_client;
    QString m_container;
    QString m_checkpoint;
    QString m_directory;
    CheckpointMetadata m_metadata;
    std::shared_ptr<HelperLease> m_helper;
    std::unique_ptr<CheckpointScan> m_scan;
    std::unique_ptr<CheckpointArchiveStream> m_stream;
};
} // namespace

QFuture<EngineResult<CheckpointMetadata>> CheckpointMetadataWriter::write(EngineClient *client,
                                                                          const QString &container,
                                                                          const QString &checkpoint,
                                                                          const QString &directory,
                                                                          const CheckpointMetadata &metadata)
{
    return WriteRun::launch(client, container, checkpoint, directory, metadata);
}

} // namespace Stasis
