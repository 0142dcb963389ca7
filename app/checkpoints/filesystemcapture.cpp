// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemcapture.h"

#include "backgroundwork.h"
#include "deletedpaths.h"
#include "engineclient.h"
#include "filesystemchangeplan.h"
#include "filesystemdiffstream.h"
#include "sha256.h"

namespace Stasis
{

FileSystemCapture::FileSystemCapture(EngineClient *client, const ContainerDetails &container, const QString &folder, BackgroundWork *work, QObject *parent)
    : SpooledCapture(tr("the file system changes of %1").arg(container.name), QString(ArchiveManifest::FileSystem::tarName), folder, work, parent)
    , m_client(client)
    , m_container(container)
{
}

FileSystemCapture::~FileSystemCapture()
{
    abort();
}

void FileSystemCapture::describe(ArchiveManifest &manifest) const
{
    manifest.fileSystem = m_summary;
}

void FileSystemCapture::read()
{
    m_client->fileSystemChanges(m_container.id).then(this, [this](const EngineResult<QList<FileSystemChange>> &changes) {
        if (isDone()) {
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
    if (spool(bytes)) {
        m_stream->setPaused(true);
    }
}

void FileSystemCapture::resumeReading()
{
    if (m_stream) {
        m_stream->setPaused(false);
    }
}

void FileSystemCapture::streamFinished(bool ok)
{
    m_stream->deleteLater();
    if (isDone()) {
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
    m_summary.entries = m_stream->entryCount();
    m_summary.contentSize = m_stream->contentSize();
    m_summary.deletedPaths = m_deleted.size();
    m_summary.capturedWhileRunning = m_container.running;
    // On the worker, before the spool closes: deleted.files may be megabytes.
    work()->post([deleted = m_deleted, paths = m_deletedPaths] {
        paths->json = DeletedPaths{deleted}.toJson();
        paths->sha256 = Sha256::hex(paths->json);
    });
    closeSpool();
}

QList<SpooledCapture::File> FileSystemCapture::wholeFiles() const
{
    return {{{QString(DeletedPaths::fileName), m_deletedPaths->json.size(), 0600, m_deletedPaths->sha256}, m_deletedPaths->json, {}}};
}

void FileSystemCapture::stopReading()
{
    if (m_stream) {
        m_stream->abort();
    }
}

} // namespace Stasis
