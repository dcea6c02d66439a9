// expect: adversary-profit same-function
// txs: 3
pragma solidity ^0.8.20;
/// A work-for-hire escrow: a client funds a job split into stages (the payment is the sum of
/// the stages), releases each stage as it is delivered, and the worker collects it. The
/// adversary is client and worker of its own job (the one after the honest users' jobs):
/// it funds stages, releases stage 0 and collects it, re-entering the collection before the
/// stage is marked collected, and is paid from the honest clients' escrow.
contract StagedJobs {
    struct Stage {
        uint256 amount;
        bool released;
        bool collected;
    }
    struct Job {
        address client;
        address payable worker;
    }

    uint256 public jobCount;
    uint256 public escrowed;
    mapping(uint256 => Job) public jobs;
    mapping(uint256 => Stage[]) internal stages;

    function open(address payable worker, uint256[] calldata amounts) external payable returns (uint256 job) {
        require(worker != address(0), "no worker");
        require(amounts.length > 0 && amounts.length <= 4, "stages");
        uint256 total;
        job = ++jobCount;
        for (uint256 i = 0; i < amounts.length; i++) {
            require(amounts[i] > 0, "empty stage");
            total += amounts[i];
            stages[job].push(Stage(amounts[i], false, false));
        }
        require(msg.value == total, "fund every stage");
        jobs[job] = Job(msg.sender, worker);
        escrowed += total;
    }

    function release(uint256 job, uint256 stage) external {
        require(msg.sender == jobs[job].client, "not the client");
        require(!stages[job][stage].collected, "collected");
        stages[job][stage].released = true;
    }

    function collect(uint256 job, uint256 stage) external {
        Job storage j = jobs[job];
        require(msg.sender == j.worker, "not the worker");
        Stage storage s = stages[job][stage];
        require(s.released && !s.collected, "not collectable");
        (bool ok, ) = j.worker.call{value: s.amount}("");
        require(ok, "payment failed");
        s.collected = true;
        escrowed -= s.amount;
    }
}
