// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemcapture.h"

#include "backgroundwork.h"
#include "deletedpaths.h"
#include "engineclient.h"
#include "filesystemchangeplan.h"
#include "filesystemdiffstream.h"
#include "sha256.h"
#include "spoolfile.h"

#include <QTemporaryFile>

namespace Stasis
{

FileSystemCapture::FileSystemCapture(EngineClient *client, const ContainerDetails &container, const QString &folder, BackgroundWork *work, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(container)
    , m_folder(folder)
    , m_work(work)
{
}

FileSystemCapture::~FileSystemCapture()
{
    abort();
}

qint64 FileSystemCapture::bytesWritten() const
{
    return m_spool ? m_spool->bytesWritten() : 0;
}

void FileSystemCapture::start()
{
    m_spool = new SpoolFile(tr("the container's file system"), m_folder, m_work, this);
    connect(m_spool, &SpoolFile::resume, this, [this] {
        if (m_stream) {
            m_stream->setPaused(false);
        }
    });
    connect(m_spool, &SpoolFile::closed, this, &FileSystemCapture::written);
    m_spool->open();
    m_client->fileSystemChanges(m_container.id).then(this, [this](const EngineResult<QList<FileSystemChange>> &changes) {
        if (m_done) {
            return;
        }
        if (!changes) {
            return fail(tr("The engine did not list the file system changes of %1: %2").arg(m_container.name, changes.error().toString()), changes.error());
        }
        stream(*changes);
    });
}

void FileSystemCapture::stream(const QList<FileSystemChange> &changes)
{
    const FileSystemChangePlan plan(changes, FileSystemChangePlan::mountPointsOf(m_container));
    m_deleted = plan.deleted();
    m_stream = new FileSystemDiffStream(m_client, m_container.id, plan, this);
    connect(m_stream, &FileSystemDiffStream::output, this, &FileSystemCapture::write);
    connect(m_stream, &FileSystemDiffStream::finished, this, &FileSystemCapture::streamFinished);
    m_stream->start();
}

void FileSystemCapture::write(const QByteArray &bytes)
{
    if (m_done) {
        return;
    }
    if (m_spool->write(bytes)) {
        m_stream->setPaused(true);
    }
    Q_EMIT progress();
}

void FileSystemCapture::streamFinished(bool ok)
{
    m_stream->deleteLater();
    if (m_done) {
        return;
    }
    if (!ok) {
        const EngineError error = m_stream->error();
        if (error.kind == EngineError::Kind::Protocol) {
            // What the container holds, not what the engine did: a file Stasis cannot carry.
            return fail(tr("The file system of %1 holds what Stasis cannot carry: %2 Remove it from the container, or export without the file "
                           "system (stasisctl checkpoint export --without-filesystem).")
                            .arg(m_container.name, error.message));
        }
        return fail(tr("Reading the file system changes of %1 failed: %2").arg(m_container.name, error.message), error);
    }
    m_result.summary.entries = m_stream->entryCount();
    m_result.summary.contentSize = m_stream->contentSize();
    m_result.summary.deletedPaths = m_deleted.size();
    m_result.summary.capturedWhileRunning = m_container.running;
    // On the worker, before the spool closes: deleted.files may be megabytes.
    m_work->post([deleted = m_deleted, paths = m_deletedPaths] {
        paths->json = DeletedPaths{deleted}.toJson();
        paths->sha256 = Sha256::hex(paths->json);
    });
    m_spool->close();
}

void FileSystemCapture::written(bool ok)
{
    if (m_done) {
        return;
    }
    if (!ok) {
        return fail(m_spool->errorString());
    }
    m_done = true;
    m_result.tar = m_spool->takeResult();
    m_result.deletedPaths = m_deletedPaths->json;
    m_result.deletedPathsSha256 = m_deletedPaths->sha256;
    Q_EMIT finished(true);
}

void FileSystemCapture::fail(const QString &message, const std::optional<EngineError> &engineError)
{
    abort();
    m_errorString = message;
    m_engineError = engineError;
    Q_EMIT finished(false);
}

void FileSystemCapture::abort()
{
    if (std::exchange(m_done, true)) {
        return;
    }
    if (m_stream) {
        m_stream->abort();
    }
    if (m_spool) {
        m_spool->abort();
    }
}

} // namespace Stasis
