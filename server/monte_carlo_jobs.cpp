#include "server/monte_carlo_jobs.hpp"

#include <chrono>

#include "engine/input_error.hpp"
#include "engine/runner.hpp"
#include "report/compare_report.hpp"
#include "report/wording.hpp"
#include "store/run_records.hpp"

namespace intsim {

std::string_view job_state_name(JobState state) {
    switch (state) {
        case JobState::Queued: return "queued";
        case JobState::Running: return "running";
        case JobState::Done: return "done";
        case JobState::Failed: return "failed";
        case JobState::Cancelled: return "cancelled";
    }
    return "failed";
}

MonteCarloQueue::MonteCarloQueue(RunStore* store, int threads)
    : store_(store), threads_(threads), worker_([this] { work(); }) {}

MonteCarloQueue::~MonteCarloQueue() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        for (auto& [id, job] : jobs_) job->cancel = true;
    }
    wake_.notify_all();
    worker_.join();
}

std::shared_ptr<Job> MonteCarloQueue::submit(JobRequest request) {
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->total = 3 * job->request.replications;
    job->started_at = utc_now();
    {
        std::lock_guard lock(mutex_);
        job->id = next_id_++;
        jobs_[job->id] = job;
        queue_.push_back(job);
    }
    wake_.notify_all();
    return job;
}

std::shared_ptr<Job> MonteCarloQueue::find(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    const auto found = jobs_.find(id);
    return found == jobs_.end() ? nullptr : found->second;
}

std::size_t MonteCarloQueue::ahead_of(const Job& job) const {
    std::lock_guard lock(mutex_);
    std::size_t ahead = 0;
    for (const auto& [id, other] : jobs_) {
        if (id >= job.id) break;
        const JobState s = other->state.load();
        if (s == JobState::Queued || s == JobState::Running) ++ahead;
    }
    return ahead;
}

bool MonteCarloQueue::cancel(std::int64_t id) {
    const auto job = find(id);
    if (!job) return false;
    const JobState s = job->state.load();
    if (s != JobState::Queued && s != JobState::Running) return false;
    job->cancel = true;
    return true;
}

void MonteCarloQueue::work() {
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (stopping_) {
                for (auto& queued : queue_) queued->state = JobState::Cancelled;
                return;
            }
            job = queue_.front();
            queue_.pop_front();
        }
        if (job->cancel) {
            job->state = JobState::Cancelled;
            continue;
        }
        job->state = JobState::Running;
        run(*job);
    }
}

void MonteCarloQueue::run(Job& job) {
    const JobRequest& r = job.request;
    try {
        const auto start = std::chrono::steady_clock::now();
        const Model variant = variant_model(*r.plan, r.variant);
        ComparisonOptions options;
        options.replications = r.replications;
        options.seed = r.seed;
        options.control.threads = threads_;
        options.control.cancel = &job.cancel;
        options.control.progress = [&job](std::size_t done) { job.done = done; };
        options.objective = parse_objective("integrations_total@all", r.plan->scenario, "", "--objective");
        Comparison comparison = compare_scenarios(r.plan->model, {variant}, options);
        job.facts = {effective_threads(threads_),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
        job.identities = {{r.plan->scenario.name, r.plan->file, r.plan->sha256}, {r.variant.name, "", r.variant.sha256}};
        if (store_) {
            RecordFacts facts;
            facts.origin = "page";
            facts.started_by = "client " + r.client + " of " + this_user_and_host();
            facts.started_at = job.started_at;
            facts.version = INTSIM_VERSION;
            facts.note = r.note;
            const std::vector<StoredScenario> scenarios = {
                {"base", r.plan->scenario.name, r.plan->file, r.plan->sha256, r.plan->document.json},
                {"variant", r.variant.name, "", r.variant.sha256, r.variant.resolved}};
            RunRecord record = compare_record(
                comparison, scenarios, comparison_to_json(comparison, job.identities, job.facts, INTSIM_VERSION),
                job.facts.wall_seconds, facts);
            // The report the page shows for this run (GET /api/jobs/ID/report.html in its language).
            record.report_html = comparison_html(comparison, job.identities, INTSIM_VERSION, report_wording(r.language));
            job.run_id = store_->record(record);
        }
        job.comparison = std::move(comparison);
        job.done = job.total;
        job.state = JobState::Done;
    } catch (const Cancelled&) {
        job.state = JobState::Cancelled;
    } catch (const InputError& e) {
        job.error = e.what();
        job.state = JobState::Failed;
    } catch (const std::exception& e) {
        job.error = std::string("internal error: ") + e.what();
        job.state = JobState::Failed;
    }
}

}  // namespace intsim
