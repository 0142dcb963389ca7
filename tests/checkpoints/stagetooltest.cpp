// SPDX-License-Identifier: GPL-2.0-or-later
// The embedded stasis-stage: present, static, for this machine, and doing
// what CheckpointStager relies on (run here on a temporary folder).
#include "checkpointstager.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <elf.h>
#include <sys/stat.h>

using namespace Stasis;

class StageToolTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tool;

    struct Run {
        int exitCode = -1;
        QString errors;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(m_tool);
        process.setArguments(arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        if (!finished.wait(10000) || process.exitStatus() != QProcess::NormalExit) {
            return {};
        }
        return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
    }

    QString path(const QString &relative) const
    {
        return m_dir.filePath(relative);
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray tool = CheckpointStager::tool();
        QVERIFY2(!tool.isEmpty(), "stasis-stage is not embedded in stasiscore");
        m_tool = m_dir.filePath(QStringLiteral("stasis-stage"));
        QVERIFY(writeFile(m_tool, tool));
        QVERIFY(QFile::setPermissions(m_tool, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void isAStaticExecutableForThisMachine()
    {
        const QByteArray tool = CheckpointStager::tool();
        QVERIFY(tool.size() > qsizetype(sizeof(Elf64_Ehdr)));
        QVERIFY(tool.startsWith(ELFMAG));
        QCOMPARE(tool.at(EI_CLASS), char(ELFCLASS64));
        Elf64_Ehdr header;
        std::memcpy(&header, tool.constData(), sizeof(header));
        QCOMPARE(header.e_type, ET_EXEC);
        // No program interpreter: it runs in images without a C library.
        for (int i = 0; i < header.e_phnum; ++i) {
            Elf64_Phdr program;
            QVERIFY(header.e_phoff + (i + 1) * sizeof(program) <= size_t(tool.size()));
            std::memcpy(&program, tool.constData() + header.e_phoff + i * sizeof(program), sizeof(program));
            QVERIFY(program.p_type != PT_INTERP);
        }
        QCOMPARE(CheckpointStager::toolArchitecture() == QLatin1String("x86_64"), header.e_machine == EM_X86_64);
        QCOMPARE(QSysInfo::currentCpuArchitecture() == QLatin1String("x86_64"), CheckpointStager::toolArchitecture() == QLatin1String("x86_64"));
    }

    void commitsWithoutReplacing()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("c/stasis-import-a/sub"))));
        QVERIFY(writeFile(path(QStringLiteral("c/stasis-import-a/sub/file")), "data"));
        // The parent folder does not exist yet: the tool creates it, 0700.
        const Run first = run({QStringLiteral("commit"), path(QStringLiteral("c/stasis-import-a")), path(QStringLiteral("c/checkpoints/cp"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.errors));
        QVERIFY(QFile::exists(path(QStringLiteral("c/checkpoints/cp/sub/file"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("c/stasis-import-a"))));
        struct stat status;
        QCOMPARE(::stat(QFile::encodeName(path(QStringLiteral("c/checkpoints"))).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, 0700u);

        QVERIFY(QDir().mkpath(path(QStringLiteral("c/stasis-import-b"))));
        const Run taken = run({QStringLiteral("commit"), path(QStringLiteral("c/stasis-import-b")), path(QStringLiteral("c/checkpoints/cp"))});
        QCOMPARE(taken.exitCode, CheckpointStager::nameTakenExitCode);
        QVERIFY2(taken.errors.contains(QLatin1String("already exists")), qPrintable(taken.errors));
        QVERIFY(QFile::exists(path(QStringLiteral("c/checkpoints/cp/sub/file"))));
        QVERIFY(QFile::exists(path(QStringLiteral("c/stasis-import-b"))));
    }

    void discardsAndRefusesOtherFolders()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("d/stasis-import-x/a/b"))));
        QVERIFY(writeFile(path(QStringLiteral("d/stasis-import-x/a/b/f")), "data"));
        QCOMPARE(run({QStringLiteral("discard"), path(QStringLiteral("d/stasis-import-x"))}).exitCode, 0);
        QVERIFY(!QFile::exists(path(QStringLiteral("d/stasis-import-x"))));
        // Gone already: nothing to do.
        QCOMPARE(run({QStringLiteral("discard"), path(QStringLiteral("d/stasis-import-x"))}).exitCode, 0);

        QVERIFY(QDir().mkpath(path(QStringLiteral("d/checkpoints/keep"))));
        QCOMPARE(run({QStringLiteral("discard"), path(QStringLiteral("d/checkpoints/keep"))}).exitCode, 2);
        QVERIFY(QFile::exists(path(QStringLiteral("d/checkpoints/keep"))));
        QCOMPARE(run({QStringLiteral("commit"), path(QStringLiteral("d/checkpoints/keep")), path(QStringLiteral("d/checkpoints/x"))}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("unknown")}).exitCode, 2);
    }

    void commitRemovesAbandonedImports()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-old/x"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-new"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/unrelated"))));
        // With the default age (an hour) the fresh folder stays.
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-1"))));
        QCOMPARE(run({QStringLiteral("commit"), path(QStringLiteral("e/stasis-import-1")), path(QStringLiteral("e/checkpoints/one"))}).exitCode, 0);
        QVERIFY(QFile::exists(path(QStringLiteral("e/stasis-import-old/x"))));

        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-2"))));
        const Run swept = run(
            {QStringLiteral("--debris-age=0"), QStringLiteral("commit"), path(QStringLiteral("e/stasis-import-2")), path(QStringLiteral("e/checkpoints/two"))});
        QVERIFY2(swept.exitCode == 0, qPrintable(swept.errors));
        QVERIFY(!QFile::exists(path(QStringLiteral("e/stasis-import-old"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("e/stasis-import-new"))));
        QVERIFY(QFile::exists(path(QStringLiteral("e/unrelated"))));
        QVERIFY(QFile::exists(path(QStringLiteral("e/checkpoints/one"))));
        QVERIFY(QFile::exists(path(QStringLiteral("e/checkpoints/two"))));
    }
};

QTEST_GUILESS_MAIN(StageToolTest)
#include "stagetooltest.moc"
