// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// forge-std's StdInvariant: what an invariant test fuzzes (`mallory test`, invariant.hpp).
/// Call these in setUp(); the runner reads the lists back through the public getters. The
/// internal functions have forge-std's signatures, so forge tests compile unchanged.
///
/// Differences from forge-std, forced by Mallory's subset (memory arrays hold value types
/// only, LANGUAGE.md §3): targetSelectors()/excludeSelectors() cannot return FuzzSelector[];
/// the runner reads targetSelectorList()/excludeSelectorList() (parallel arrays) instead.
/// Artifacts and interfaces (targetArtifact, targetInterface) are not supported.
abstract contract StdInvariant {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _excludedContracts;
    address[] private _excludedSenders;
    address[] private _targetedContracts;
    address[] private _targetedSenders;
    address[] private _targetedSelectorAddrs;
    bytes4[] private _targetedSelectors;
    address[] private _excludedSelectorAddrs;
    bytes4[] private _excludedSelectors;

    function excludeContract(address newExcludedContract_) internal {
        _excludedContracts.push(newExcludedContract_);
    }

    function excludeSelector(FuzzSelector memory newExcludedSelector_) internal {
        for (uint256 i = 0; i < newExcludedSelector_.selectors.length; i++) {
            _excludedSelectorAddrs.push(newExcludedSelector_.addr);
            _excludedSelectors.push(newExcludedSelector_.selectors[i]);
        }
    }

    function excludeSender(address newExcludedSender_) internal {
        _excludedSenders.push(newExcludedSender_);
    }

    function targetContract(address newTargetedContract_) internal {
        _targetedContracts.push(newTargetedContract_);
    }

    function targetSelector(FuzzSelector memory newTargetedSelector_) internal {
        for (uint256 i = 0; i < newTargetedSelector_.selectors.length; i++) {
            _targetedSelectorAddrs.push(newTargetedSelector_.addr);
            _targetedSelectors.push(newTargetedSelector_.selectors[i]);
        }
    }

    function targetSender(address newTargetedSender_) internal {
        _targetedSenders.push(newTargetedSender_);
    }

    function excludeContracts() public view returns (address[] memory excludedContracts_) {
        excludedContracts_ = _excludedContracts;
    }

    function excludeSenders() public view returns (address[] memory excludedSenders_) {
        excludedSenders_ = _excludedSenders;
    }

    function targetContracts() public view returns (address[] memory targetedContracts_) {
        targetedContracts_ = _targetedContracts;
    }

    function targetSenders() public view returns (address[] memory targetedSenders_) {
        targetedSenders_ = _targetedSenders;
    }

    /// The targeted selectors as (contract, selector) pairs in two parallel arrays.
    function targetSelectorList() public view returns (address[] memory, bytes4[] memory) {
        return (_targetedSelectorAddrs, _targetedSelectors);
    }

    /// The excluded selectors as (contract, selector) pairs in two parallel arrays.
    function excludeSelectorList() public view returns (address[] memory, bytes4[] memory) {
        return (_excludedSelectorAddrs, _excludedSelectors);
    }
}
