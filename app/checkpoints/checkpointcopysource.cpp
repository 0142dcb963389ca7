// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointcopysource.h"

#include "checkpointarchivestream.h"
#include "checkpointscan.h"

#include <QCoreApplication>

namespace Stasis
{

CheckpointCopySource::CheckpointCopySource(EngineClient *client, const QString &helper, const QString &checkpoint)
    : m_client(client)
    , m_helper(helper)
    , m_checkpoint(checkpoint)
{
}

CheckpointCopySource::~CheckpointCopySource() = default;

void CheckpointCopySource::start(FreshTarDevice *device)
{
    m_device = device;
    m_stream = std::make_unique<CheckpointArchiveStream>(m_client, static_cast<TarStreamReader::Handler *>(this));
    QObject::connect(m_stream.get(), &CheckpointArchiveStream::finished, m_stream.get(), [this](bool ok) {
        streamFinished(ok);
    });
    m_stream->start(m_helper, m_checkpoint);
}

void CheckpointCopySource::resume()
{
    if (m_stream) {
        m_stream->setPaused(false);
    }
}

void CheckpointCopySource::stop()
{
    if (m_stream) {
        m_stream->abort();
    }
}

void CheckpointCopySource::streamFinished(bool ok)
{
    if (m_device->hasFailed()) {
        return;
    }
    if (!ok) {
        return m_device->fail(tr("Reading checkpoint %1 failed: %2").arg(m_checkpoint, m_stream->error().message));
    }
    if (const QString missing = m_device->missingFile(); !missing.isEmpty()) {
        return m_device->fail(tr("Checkpoint %1 changed while it was copied: %2 is missing.").arg(m_checkpoint, missing));
    }
    m_device->finishArchive();
}

bool CheckpointCopySource::entryStarted(const TarEntry &entry)
{
    const std::optional<QString> path = CheckpointScan::relativePath(m_checkpoint, entry.path);
    if (path && entry.type == TarEntry::Type::Directory) {
        return true;
    }
    if (!path || entry.type != TarEntry::Type::File || !m_device->expects(*path, entry.size)) {
        const QString message = tr("Checkpoint %1 changed while it was copied: %2 is not what it was.").arg(m_checkpoint, entry.path);
        m_stream->reader().fail(message, entry.path);
        m_device->fail(message);
        return false;
    }
    if (!m_device->beginFile(*path, entry.size, entry.modified)) {
        m_stream->reader().fail(m_device->errorString(), entry.path);
        return false;
    }
    m_inFile = true;
    return true;
}

bool CheckpointCopySource::entryData(QByteArrayView chunk)
{
    if (m_inFile) {
        m_device->append(chunk);
        if (m_device->isFull()) {
            m_stream->setPaused(true);
        }
    }
    return true;
}

bool CheckpointCopySource::entryFinished()
{
    if (m_inFile) {
        // The reader hands out exactly the header's size, which the device checked against the list.
        m_device->endFile();
        m_inFile = false;
    }
    return true;
}

} // namespace Stasis
