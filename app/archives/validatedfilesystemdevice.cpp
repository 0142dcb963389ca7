// SPDX-License-Identifier: GPL-2.0-or-later
#include "validatedfilesystemdevice.h"

#include "filesystemtarwriter.h"
#include "tarstreamreader.h"

namespace Stasis
{

/// Used on the worker only: what the strict reader accepted, written afresh.
class ValidatedFileSystemDevice::Rewriter final : public TarStreamReader::Handler
{
public:
    Rewriter(ProducedDevice *device, const ArchiveLimits &limits)
        : m_device(device)
        , m_reader(this, limits, TarStreamReader::Content::FileSystem)
    {
    }

    TarStreamReader &reader()
    {
        return m_reader;
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

    ProducedDevice *m_device;
    TarStreamReader m_reader;
    qint64 m_size = 0;
};

ValidatedFileSystemDevice::ValidatedFileSystemDevice(const QString &archiveFileName,
                                                     ArchiveFormat format,
                                                     const ArchiveFileEntry &tar,
                                                     const ArchiveLimits &limits,
                                                     QObject *parent)
    : ValidatedArchiveFileDevice(archiveFileName, format, tar, limits, parent)
    , m_tarName(tar.path)
    , m_rewriter(std::make_unique<Rewriter>(this, limits))
{
}

ValidatedFileSystemDevice::~ValidatedFileSystemDevice()
{
    stopReading();
}

QString ValidatedFileSystemDevice::name() const
{
    return tr("%1 of %2").arg(m_tarName, archiveFileName());
}

bool ValidatedFileSystemDevice::take(QByteArrayView bytes)
{
    if (!m_rewriter->reader().feed(bytes)) {
        failArchive(m_rewriter->reader().errorString());
        return false;
    }
    return true;
}

bool ValidatedFileSystemDevice::endOfFile()
{
    if (!m_rewriter->reader().finish()) {
        failArchive(m_rewriter->reader().errorString());
        return false;
    }
    return true;
}

void ValidatedFileSystemDevice::release()
{
    // Only now: an extraction that never sees the end of its tar fails.
    append(FileSystemTarWriter::endBlocks());
}

} // namespace Stasis
