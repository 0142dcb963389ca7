// SPDX-License-Identifier: GPL-2.0-or-later
#include "validatedfilesystemdevice.h"

#include "archivereader.h"
#include "archivevalidator.h"
#include "backgroundwork.h"
#include "filesystemtarwriter.h"
#include "sha256.h"
#include "tarstreamreader.h"

namespace Stasis
{

/// Runs on the worker: what the strict reader accepted, written afresh.
class ValidatedFileSystemDevice::Producer final : public TarStreamReader::Handler
{
public:
    Producer(ValidatedFileSystemDevice *device, const ArchiveLimits &limits)
        : m_device(device)
        , m_reader(this, limits, TarStreamReader::Content::FileSystem)
    {
    }

    /// False once the device failed or is being destroyed.
    bool feed(QByteArrayView bytes)
    {
        m_hash.addData(bytes);
        return m_reader.feed(bytes) && m_device->waitForRoom();
    }
    TarStreamReader &reader()
    {
        return m_reader;
    }
    QByteArray sha256()
    {
        return m_hash.hexResult();
    }

private:
    bool entryStarted(const TarEntry &entry) override
    {
        m_size = entry.size;
        m_device->append(FileSystemTarWriter::header(entry));
        return true;
    }
    bool entryData(QByteArrayView chunk) override
    {
        m_device->append(chunk);
        return true;
    }
    bool entryFinished() override
    {
        m_device->append(QByteArray(FileSystemTarWriter::paddingSize(m_size), '\0'));
        m_size = 0;
        return true;
    }

    ValidatedFileSystemDevice *m_device;
    TarStreamReader m_reader;
    Sha256 m_hash;
    qint64 m_size = 0;
};

ValidatedFileSystemDevice::ValidatedFileSystemDevice(const QString &archiveFileName,
                                                     ArchiveFormat format,
                                                     const ArchiveManifest &manifest,
                                                     const ArchiveLimits &limits,
                                                     QObject *parent)
    : ProducedDevice(manifest.topLevelFile(ArchiveManifest::FileSystem::tarName)->size, parent)
    , m_archiveFileName(archiveFileName)
    , m_format(format)
    , m_tar(*manifest.topLevelFile(ArchiveManifest::FileSystem::tarName))
    , m_limits(limits)
{
}

ValidatedFileSystemDevice::~ValidatedFileSystemDevice()
{
    // A producer waiting for room ends soon; the work's destruction waits for it.
    stopWaiting();
    m_work.reset();
}

QString ValidatedFileSystemDevice::name() const
{
    return tr("The file system changes of %1").arg(m_archiveFileName);
}

void ValidatedFileSystemDevice::startProducing()
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-filesystem"));
    m_work->post([this] {
        const std::unique_ptr<ArchiveReader> archive = ArchiveReader::create(m_archiveFileName, m_format, m_limits);
        Producer producer(this, m_limits);
        bool inTar = false;
        for (;;) {
            switch (archive->readNext()) {
            case ArchiveReader::Token::Invalid:
                return fail(ArchiveValidator::changedSinceChecked(archive->errorString()));
            case ArchiveReader::Token::End:
                return fail(ArchiveValidator::changedSinceChecked(tr("%1 is missing.").arg(m_tar.path)));
            case ArchiveReader::Token::EntryStarted:
                inTar = archive->entry().path == m_tar.path;
                if (inTar && archive->entry().size != m_tar.size) {
                    return fail(ArchiveValidator::changedSinceChecked(tr("%1 has another size.").arg(m_tar.path)));
                }
                break;
            case ArchiveReader::Token::Data:
                if (inTar && !producer.feed(archive->data())) {
                    if (producer.reader().hasFailed()) {
                        fail(ArchiveValidator::changedSinceChecked(producer.reader().errorString()));
                    }
                    return;
                }
                break;
            case ArchiveReader::Token::EntryFinished:
                if (!inTar) {
                    break;
                }
                if (!producer.reader().finish()) {
                    return fail(ArchiveValidator::changedSinceChecked(producer.reader().errorString()));
                }
                if (producer.sha256() != m_tar.sha256) {
                    return fail(ArchiveValidator::changedSinceChecked(tr("%1 no longer matches the SHA-256 in the manifest.").arg(m_tar.path)));
                }
                // Only now: an extraction that never sees the end of its tar fails.
                append(FileSystemTarWriter::endBlocks());
                // The rest of the archive is not needed.
                return finish();
            }
        }
    });
}

} // namespace Stasis
