// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemcapture.h"

#include "backgroundwork.h"
#include "deletedpaths.h"
#include "engineclient.h"
#include "filesystemchangeplan.h"
#include "sha256.h"

namespace Stasis
{

FileSystemCapture::FileSystemCapture(EngineClient *client, const ContainerDetails &container, const QString &folder, BackgroundWork *work, QObject *parent)
    : FileTreeCapture(tr("the file system changes of %1").arg(container.name), QString(ArchiveManifest::FileSystem::tarName), folder, work, parent)
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
        const FileSystemChangePlan plan(*changes, FileSystemChangePlan::mountPointsOf(m_container));
        m_deleted = plan.deleted();
        stream(m_client, m_container.id, plan);
    });
}

void FileSystemCapture::streamed(qint64 entries, qint64 contentSize)
{
    m_summary.entries = entries;
    m_summary.contentSize = contentSize;
    m_summary.deletedPaths = m_deleted.size();
    m_summary.capturedWhileRunning = m_container.running;
    // On the worker, before the spool closes: deleted.files may be megabytes.
    work()->post([deleted = m_deleted, paths = m_deletedPaths] {
        paths->json = DeletedPaths{deleted}.toJson();
        paths->sha256 = Sha256::hex(paths->json);
    });
}

QString FileSystemCapture::uncarriable(const QString &problem) const
{
    return tr("The file system of %1 holds what Stasis cannot carry: %2 Remove it from the container, or export without the file "
              "system (stasisctl checkpoint export --without-filesystem).")
        .arg(m_container.name, problem);
}

QList<SpooledCapture::File> FileSystemCapture::wholeFiles() const
{
    return {{{QString(DeletedPaths::fileName), m_deletedPaths->json.size(), 0600, m_deletedPaths->sha256}, m_deletedPaths->json, {}}};
}

} // namespace Stasis
