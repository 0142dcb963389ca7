// SPDX-License-Identifier: GPL-2.0-or-later
#include "filetreecapture.h"

#include "filesystemdiffstream.h"

namespace Stasis
{

void FileTreeCapture::stream(EngineClient *client, const QString &container, const FileSystemChangePlan &plan)
{
    m_stream = new FileSystemDiffStream(client, container, plan, this);
    connect(m_stream, &FileSystemDiffStream::output, this, [this](const QByteArray &bytes) {
        if (spool(bytes)) {
            m_stream->setPaused(true);
        }
    });
    connect(m_stream, &FileSystemDiffStream::finished, this, &FileTreeCapture::streamFinished);
    m_stream->start();
}

void FileTreeCapture::resumeReading()
{
    if (m_stream) {
        m_stream->setPaused(false);
    }
}

void FileTreeCapture::stopReading()
{
    if (m_stream) {
        m_stream->abort();
    }
}

void FileTreeCapture::streamFinished(bool ok)
{
    m_stream->deleteLater();
    if (isDone()) {
        return;
    }
    if (!ok) {
        const EngineError error = m_stream->error();
        if (error.kind == EngineError::Kind::Protocol) {
            // What the container holds, not what the engine did: a file Stasis cannot carry.
            return fail(uncarriable(error.message));
        }
        return fail(tr("Reading %1 failed: %2").arg(what(), error.message), error);
    }
    streamed(m_stream->entryCount(), m_stream->contentSize());
    closeSpool();
}

} // namespace Stasis
