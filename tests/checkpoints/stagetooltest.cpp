// SPDX-License-Identifier: GPL-2.0-or-later
// The embedded stasis-stage: present, static, for this machine, and doing
// what CheckpointStager relies on (run here on a temporary folder).
#include "checkpointstager.h"
#include "helperimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <elf.h>
#include <fcntl.h>
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
        QString output;
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
        return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError()), QString::fromLocal8Bit(process.readAllStandardOutput())};
    }

    QString path(const QString &relative) const
    {
        return m_dir.filePath(relative);
    }

    /// The tool as built; helperimagetest checks that the helper image holds these bytes.
    static QByteArray builtTool()
    {
        QFile file(QStringLiteral(STASIS_STAGE_PATH));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    /// The tool's FILES operand listing @p files (relative path, size); empty when it could not be written.
    QString fileList(const QString &name, const QList<std::pair<QByteArray, qint64>> &files) const
    {
        QByteArray list;
        for (const auto &[file, size] : files) {
            list += QByteArray::number(size) + ' ' + file + '\0';
        }
        return writeFile(path(name), list) ? path(name) : QString();
    }

    static QDateTime modified(const QString &path)
    {
        return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    }

    static bool setModified(const QString &path, const QDateTime &time)
    {
        const struct timespec times[2] = {{0, UTIME_OMIT}, {time_t(time.toSecsSinceEpoch()), 0}};
        return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray tool = builtTool();
        QVERIFY2(!tool.isEmpty(), STASIS_STAGE_PATH " is missing");
        m_tool = m_dir.filePath(QStringLiteral("stasis-stage"));
        QVERIFY(writeFile(m_tool, tool));
        QVERIFY(QFile::setPermissions(m_tool, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void isAStaticExecutableForThisMachine()
    {
        const QByteArray tool = builtTool();
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
        QCOMPARE(HelperImage::toolArchitecture() == QLatin1String("x86_64"), header.e_machine == EM_X86_64);
        QCOMPARE(QSysInfo::currentCpuArchitecture() == QLatin1String("x86_64"), HelperImage::toolArchitecture() == QLatin1String("x86_64"));
    }

    void commitsWithoutReplacing()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("c/stasis-import-a/sub"))));
        QVERIFY(writeFile(path(QStringLiteral("c/stasis-import-a/sub/file")), "data"));
        // The parent folder does not exist yet: the tool creates it, 0700.
        const QString files = fileList(QStringLiteral("c-files"), {{"sub/file", 4}});
        const Run first = run({QStringLiteral("commit"), path(QStringLiteral("c/stasis-import-a")), path(QStringLiteral("c/checkpoints/cp")), files});
        QVERIFY2(first.exitCode == 0, qPrintable(first.errors));
        QVERIFY(QFile::exists(path(QStringLiteral("c/checkpoints/cp/sub/file"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("c/stasis-import-a"))));
        struct stat status;
        QCOMPARE(::stat(QFile::encodeName(path(QStringLiteral("c/checkpoints"))).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, 0700u);

        QVERIFY(QDir().mkpath(path(QStringLiteral("c/stasis-import-b"))));
        const Run taken = run({QStringLiteral("commit"),
                               path(QStringLiteral("c/stasis-import-b")),
                               path(QStringLiteral("c/checkpoints/cp")),
                               fileList(QStringLiteral("b-files"), {})});
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
        const QString none = fileList(QStringLiteral("d-files"), {});
        QCOMPARE(run({QStringLiteral("commit"), path(QStringLiteral("d/checkpoints/keep")), path(QStringLiteral("d/checkpoints/x")), none}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("unknown")}).exitCode, 2);
    }

    void commitRemovesAbandonedImports()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-old/x"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-new"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/unrelated"))));
        // With the default age (an hour) the fresh folder stays.
        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-1"))));
        const QString none = fileList(QStringLiteral("e-files"), {});
        QCOMPARE(run({QStringLiteral("commit"), path(QStringLiteral("e/stasis-import-1")), path(QStringLiteral("e/checkpoints/one")), none}).exitCode, 0);
        QVERIFY(QFile::exists(path(QStringLiteral("e/stasis-import-old/x"))));

        QVERIFY(QDir().mkpath(path(QStringLiteral("e/stasis-import-2"))));
        const Run swept = run({QStringLiteral("--debris-age=0"),
                               QStringLiteral("commit"),
                               path(QStringLiteral("e/stasis-import-2")),
                               path(QStringLiteral("e/checkpoints/two")),
                               none});
        QVERIFY2(swept.exitCode == 0, qPrintable(swept.errors));
        QVERIFY(!QFile::exists(path(QStringLiteral("e/stasis-import-old"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("e/stasis-import-new"))));
        QVERIFY(QFile::exists(path(QStringLiteral("e/unrelated"))));
        QVERIFY(QFile::exists(path(QStringLiteral("e/checkpoints/one"))));
        QVERIFY(QFile::exists(path(QStringLiteral("e/checkpoints/two"))));
    }

    void abandonedImportsAgeByChangeTimeOnly()
    {
        // Modification times come from the archive: one from 2200 must not keep a folder forever.
        const QDateTime future(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QVERIFY(QDir().mkpath(path(QStringLiteral("f/stasis-import-future/x"))));
        QVERIFY(writeFile(path(QStringLiteral("f/stasis-import-future/x/file")), "data"));
        QVERIFY(setModified(path(QStringLiteral("f/stasis-import-future/x/file")), future));
        QVERIFY(setModified(path(QStringLiteral("f/stasis-import-future/x")), future));
        QVERIFY(setModified(path(QStringLiteral("f/stasis-import-future")), future));
        QVERIFY(QDir().mkpath(path(QStringLiteral("f/stasis-import-now"))));
        const Run swept = run({QStringLiteral("--debris-age=0"),
                               QStringLiteral("commit"),
                               path(QStringLiteral("f/stasis-import-now")),
                               path(QStringLiteral("f/checkpoints/now")),
                               fileList(QStringLiteral("f-files"), {})});
        QVERIFY2(swept.exitCode == 0, qPrintable(swept.errors));
        QVERIFY(!QFile::exists(path(QStringLiteral("f/stasis-import-future"))));
    }

    void commitClampsFutureModificationTimes()
    {
        const QDateTime future(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QVERIFY(QDir().mkpath(path(QStringLiteral("g/stasis-import-a/sub"))));
        QVERIFY(writeFile(path(QStringLiteral("g/stasis-import-a/sub/file")), "data"));
        for (const QString &entry :
             {QStringLiteral("g/stasis-import-a/sub/file"), QStringLiteral("g/stasis-import-a/sub"), QStringLiteral("g/stasis-import-a")}) {
            QVERIFY(setModified(path(entry), future));
        }
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Run committed = run({QStringLiteral("commit"),
                                   path(QStringLiteral("g/stasis-import-a")),
                                   path(QStringLiteral("g/checkpoints/cp")),
                                   fileList(QStringLiteral("g-files"), {{"sub/file", 4}})});
        QVERIFY2(committed.exitCode == 0, qPrintable(committed.errors));
        for (const QString &entry : {QStringLiteral("g/checkpoints/cp/sub/file"), QStringLiteral("g/checkpoints/cp/sub"), QStringLiteral("g/checkpoints/cp")}) {
            const QDateTime time = modified(path(entry));
            QVERIFY2(time <= QDateTime::currentDateTimeUtc() && time >= before.addSecs(-1), qPrintable(entry + QLatin1Char(' ') + time.toString(Qt::ISODate)));
        }
    }

    void commitRefusesAFolderUnlikeTheList_data()
    {
        QTest::addColumn<QByteArrayList>("listed");
        QTest::addColumn<QString>("message");
        // The staging folder holds a/one (3 bytes) and two (5 bytes).
        QTest::newRow("a file missing") << QByteArrayList{"3 a/one", "5 two", "7 three"} << QStringLiteral("three is missing");
        QTest::newRow("a file shorter") << QByteArrayList{"3 a/one", "9 two"} << QStringLiteral("has 5 bytes instead of 9");
        QTest::newRow("a file not sent") << QByteArrayList{"3 a/one"} << QStringLiteral("two was not sent");
        QTest::newRow("nothing listed") << QByteArrayList{} << QStringLiteral("was not sent");
    }

    void commitRefusesAFolderUnlikeTheList()
    {
        QFETCH(QByteArrayList, listed);
        QFETCH(QString, message);
        const QString staging = path(QStringLiteral("h-%1/stasis-import-a").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(staging + QLatin1String("/a")));
        QVERIFY(writeFile(staging + QLatin1String("/a/one"), "one"));
        QVERIFY(writeFile(staging + QLatin1String("/two"), "two!!"));
        const QString list = staging + QLatin1String("-files");
        QVERIFY(writeFile(list, listed.isEmpty() ? QByteArray() : listed.join('\0') + '\0'));
        const QString final = path(QStringLiteral("h-%1/checkpoints/cp").arg(QString::fromLatin1(QTest::currentDataTag())));
        const Run refused = run({QStringLiteral("commit"), staging, final, list});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errors.contains(message), qPrintable(refused.errors));
        QVERIFY(!QFile::exists(final));
        QVERIFY(QFile::exists(staging + QLatin1String("/two")));
    }

    void commitRefusesAFifo()
    {
        const QString staging = path(QStringLiteral("i/stasis-import-a"));
        QVERIFY(QDir().mkpath(staging));
        QCOMPARE(::mkfifo(QFile::encodeName(staging + QLatin1String("/pipe")).constData(), 0600), 0);
        const Run refused =
            run({QStringLiteral("commit"), staging, path(QStringLiteral("i/checkpoints/cp")), fileList(QStringLiteral("i-files"), {{"pipe", 0}})});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errors.contains(QLatin1String("neither a file nor a folder")), qPrintable(refused.errors));
        QVERIFY(!QFile::exists(path(QStringLiteral("i/checkpoints/cp"))));
    }

    void listsTheFilesWithTheirSizes()
    {
        const QString folder = path(QStringLiteral("j/cp"));
        QVERIFY(QDir().mkpath(folder + QLatin1String("/sub/deeper")));
        QVERIFY(writeFile(folder + QLatin1String("/pages-1.img"), QByteArray(5000, 'p')));
        QVERIFY(writeFile(folder + QLatin1String("/sub/deeper/core-1.img"), "core"));
        QVERIFY(writeFile(folder + QLatin1String("/empty.img"), QByteArray()));
        const Run listed = run({QStringLiteral("list"), folder});
        QCOMPARE(listed.exitCode, 0);
        QStringList lines = listed.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("0 empty.img"), QStringLiteral("4 sub/deeper/core-1.img"), QStringLiteral("5000 pages-1.img")}));
    }

    void listRefusesWhatIsNoFile()
    {
        const QString folder = path(QStringLiteral("k/cp"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QLatin1String("/pipe")).constData(), 0600), 0);
        const Run refused = run({QStringLiteral("list"), folder});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errors.contains(QLatin1String("is not a regular file or a folder")), qPrintable(refused.errors));
        QCOMPARE(run({QStringLiteral("list"), path(QStringLiteral("k/missing"))}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("list")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(StageToolTest)
#include "stagetooltest.moc"
