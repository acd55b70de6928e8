// bench_estate: load + validate a large estate, compare with a plain yaml-cpp
// parse (the floor) and PyYAML (a reference tool), time impact analysis, and
// print peak RSS. Prints figures; not a pass/fail test.
//
//   bench_estate [--estate DIR] [--runs N] [--impact-runs N] [--no-python]
//   bench_estate --check DIR     load DIR, print its diagnostics, exit 0 when valid
#include "estategenerator.h"

#include "models/impactanalysis.h"
#include "services/estateloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <functional>

namespace {

using Gatehouse::Models::ImpactAnalysis;
using Gatehouse::Services::EstateLoader;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Figures
{
    double min = 0;
    double median = 0;
};

Figures summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    const qsizetype n = samples.size();
    const double median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
    return {samples.constFirst(), median};
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

qint64 cpuNanos()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Wall-clock time is what a user waits; CPU time is reported beside it because
// the machines this runs on are often shared and wall time then overstates the cost.
struct Samples
{
    QList<double> wall;
    QList<double> cpu;
};

// Runs `work` `runs` times; returns each run's duration in the given unit (1e6 = ms, 1e3 = µs).
Samples measure(int runs, double nanosPerUnit, const std::function<void()> &work)
{
    Samples samples;
    samples.wall.reserve(runs);
    samples.cpu.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const qint64 cpuStart = cpuNanos();
        timer.start();
        work();
        samples.wall.append(static_cast<double>(timer.nsecsElapsed()) / nanosPerUnit);
        samples.cpu.append(static_cast<double>(cpuNanos() - cpuStart) / nanosPerUnit);
    }
    return samples;
}

QString line(const char *label, const Samples &samples, int decimals = 1)
{
    const Figures wall = summarise(samples.wall);
    const Figures cpu = summarise(samples.cpu);
    return QString::fromLatin1(label) % QStringLiteral(": median ") % fmt(wall.median, decimals)
        % QStringLiteral(" min ") % fmt(wall.min, decimals) % QStringLiteral(" [cpu median ")
        % fmt(cpu.median, decimals) % QStringLiteral(" min ") % fmt(cpu.min, decimals) % QLatin1Char(']');
}

QStringList yamlFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Same rule as the loader: nothing below a dot-named file or folder.
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QStringLiteral("/.")))
            continue;
        files << path;
    }
    files.sort();
    return files;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

int check(const QString &folder)
{
    const auto result = EstateLoader::loadFolder(folder);
    for (const auto &diagnostic : result.diagnostics)
        out() << diagnostic.toString() << '\n';
    if (result.hasErrors() || !result.estate) {
        out() << folder << ": INVALID (" << result.diagnostics.size() << " findings)\n";
        return 1;
    }
    const auto &estate = *result.estate;
    int dependencies = 0;
    for (const auto &integration : estate.integrations)
        dependencies += static_cast<int>(integration.dependencies.size());
    out() << folder << ": valid: " << estate.sites.size() << " sites, " << estate.environments.size()
          << " environments, " << estate.integrations.size() << " integrations, " << dependencies << " dependencies, "
          << estate.calendars.size() << " calendars, " << estate.policies.size() << " policies, " << result.files.size()
          << " files\n";
    return 0;
}

// PyYAML over the same files, timed inside the interpreter so start-up is not counted.
const char *kPython = R"PY(
import sys, time, yaml
files = [l.rstrip('\n') for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
runs = int(sys.argv[2])
loaders = []
if hasattr(yaml, 'CSafeLoader'):
    loaders.append(('CSafeLoader', yaml.CSafeLoader, runs))
loaders.append(('SafeLoader', yaml.SafeLoader, max(1, min(runs, 3))))
for name, loader, n in loaders:
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        for f in files:
            with open(f, 'rb') as fh:
                list(yaml.load_all(fh.read(), Loader=loader))
        print(name, (time.perf_counter() - t) * 1000.0, (time.process_time() - c) * 1000.0, flush=True)
)PY";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_estate"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Estate load and impact benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption estateOption(QStringLiteral("estate"),
                                          QStringLiteral("Estate folder (default: generate the reference estate)."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), QStringLiteral("Only load DIR and print its diagnostics."), QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Load runs."), QStringLiteral("N"),
                                        QStringLiteral("7"));
    const QCommandLineOption impactRunsOption(QStringLiteral("impact-runs"), QStringLiteral("Impact analysis runs."),
                                              QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption noPythonOption(QStringLiteral("no-python"), QStringLiteral("Skip the PyYAML comparison."));
    parser.addOptions({estateOption, checkOption, runsOption, impactRunsOption, noPythonOption});
    parser.process(app);

    if (parser.isSet(checkOption))
        return check(parser.value(checkOption));

    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int impactRuns = qMax(1, parser.value(impactRunsOption).toInt());

    QTemporaryDir temp;
    QString folder = parser.value(estateOption);
    if (folder.isEmpty()) {
        folder = temp.filePath(QStringLiteral("estate"));
        QElapsedTimer timer;
        timer.start();
        const QString error = Gatehouse::Bench::EstateGenerator().write(folder);
        if (!error.isEmpty()) {
            out() << "generate failed: " << error << '\n';
            return 1;
        }
        out() << "generated: " << folder << " in " << timer.elapsed() << " ms\n";
    }
    folder = QFileInfo(folder).absoluteFilePath();
    const QStringList files = yamlFiles(folder);
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();

    // Load + validate, the product path. The first load also checks the estate is valid.
    auto first = EstateLoader::loadFolder(folder);
    if (first.hasErrors() || !first.estate) {
        for (qsizetype i = 0; i < qMin<qsizetype>(first.diagnostics.size(), 20); ++i)
            out() << first.diagnostics.at(i).toString() << '\n';
        out() << "estate is invalid (" << first.diagnostics.size() << " findings); no figures\n";
        return 1;
    }
    const auto estate = first.estate;
    int dependencies = 0;
    for (const auto &integration : estate->integrations)
        dependencies += static_cast<int>(integration.dependencies.size());
    const QString shape = QStringLiteral(
                              "(%1 integrations, %2 dependencies, %3 environments, %4 sites, %5 files, %6 KiB)")
                              .arg(estate->integrations.size())
                              .arg(dependencies)
                              .arg(estate->environments.size())
                              .arg(estate->sites.size())
                              .arg(files.size())
                              .arg(bytes / 1024);

    bool allValid = true;
    const Samples loadSamples = measure(runs, 1e6, [&] {
        const auto result = EstateLoader::loadFolder(folder);
        allValid = allValid && !result.hasErrors();
    });
    const Figures load = summarise(loadSamples.wall);
    const Figures loadCpu = summarise(loadSamples.cpu);
    out() << line("load-validate-ms", loadSamples) << ' ' << shape << '\n';
    if (!allValid)
        out() << "warning: a repeated load reported errors\n";

    // The floor: read and parse the same files with yaml-cpp, no validation, no model.
    qsizetype documents = 0;
    const Samples floorSamples = measure(runs, 1e6, [&] {
        documents = 0;
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            try {
                documents += static_cast<qsizetype>(YAML::LoadAll(content.toStdString()).size());
            } catch (const YAML::Exception &) {}
        }
    });
    out() << line("yaml-cpp-parse-ms", floorSamples) << " (" << documents << " documents, no validation)\n";
    out() << "load-validate / yaml-cpp-parse: " << fmt(load.median / summarise(floorSamples.wall).median, 2)
          << "x [cpu " << fmt(loadCpu.median / summarise(floorSamples.cpu).median, 2) << "x]\n";

    // PyYAML, when present.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (parser.isSet(noPythonOption)) {
        out() << "pyyaml: skipped (--no-python)\n";
    } else if (python.isEmpty()) {
        out() << "pyyaml: skipped (no python3)\n";
    } else {
        QFile list(temp.filePath(QStringLiteral("files.txt")));
        QFile script(temp.filePath(QStringLiteral("pyyaml_bench.py")));
        if (list.open(QIODevice::WriteOnly) && script.open(QIODevice::WriteOnly)) {
            list.write(files.join(QLatin1Char('\n')).toUtf8());
            list.close();
            script.write(kPython);
            script.close();
            QProcess process;
            process.start(python, {script.fileName(), list.fileName(), QString::number(runs)});
            process.waitForFinished(-1);
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                out() << "pyyaml: skipped ("
                      << QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1)
                      << ")\n";
            } else {
                QHash<QString, Samples> samples;
                QStringList order;
                const QStringList lines =
                    QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (const QString &text : lines) {
                    const QString name = text.section(QLatin1Char(' '), 0, 0);
                    if (!order.contains(name))
                        order << name;
                    samples[name].wall.append(text.section(QLatin1Char(' '), 1, 1).toDouble());
                    samples[name].cpu.append(text.section(QLatin1Char(' '), 2, 2).toDouble());
                }
                for (const QString &name : std::as_const(order)) {
                    const Samples &py = samples[name];
                    const QByteArray label = "pyyaml-" + name.toLatin1() + "-ms";
                    out() << line(label.constData(), py) << " (" << py.wall.size() << " runs, parse only)\n";
                    out() << "load-validate / pyyaml-" << name << ": "
                          << fmt(load.median / summarise(py.wall).median, 2) << "x [cpu "
                          << fmt(loadCpu.median / summarise(py.cpu).median, 2) << "x]\n";
                }
            }
        }
    }

    // Impact analysis: one change touching 5 integrations. The core set starts at
    // heavily depended-on modules (a worst case: almost everything is reached);
    // the edge set starts at integrations few others depend on (the common case).
    const qsizetype count = estate->integrations.size();
    auto pick = [&](std::initializer_list<qsizetype> indices) {
        QStringList names;
        for (const qsizetype index : indices) {
            const QString name = estate->integrations.at(((index % count) + count) % count).name;
            if (!names.contains(name))
                names << name;
        }
        return names;
    };
    const Samples build = measure(qMax(5, runs), 1e3, [&] { const ImpactAnalysis analysis(estate); });
    out() << line("impact-build-us", build) << '\n';
    const ImpactAnalysis analysis(estate);
    const QList<QPair<const char *, QStringList>> changes = {
        {"impact-us", pick({1, 2, 5, 40, 120})},
        {"impact-edge-us", pick({count - 1, count - 7, count - 50, count - 111, count - 173})},
    };
    for (const auto &[label, changed] : changes) {
        Gatehouse::Models::ImpactReport report;
        const Samples impact = measure(impactRuns, 1e3, [&] { report = analysis.analyse(changed); });
        out() << line(label, impact) << " (" << changed.size() << " changed: " << changed.join(QStringLiteral(", "))
              << "; affects " << report.integrations.size() << " integrations, " << report.processes.size()
              << " processes, " << report.partners.size() << " partners, " << report.sites.size() << " sites, "
              << report.environments.size() << " environments; " << impactRuns << " runs)\n";
    }

    out() << "peak-rss-kib: " << peakRssKiB() << '\n';
    return 0;
}
