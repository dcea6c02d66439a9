// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title PriceOracle: a reporter-fed price feed with a time-weighted average
/// @notice Reporters push prices as signed fixed-point numbers (8 decimals, may be negative,
/// e.g. for spreads or funding rates). A report moving the price by more than MAX_DEVIATION
/// percent of its magnitude is rejected. The contract keeps a cumulative price to compute
/// time-weighted averages (TWAP) between two observations.
contract PriceOracle {
    struct Observation {
        uint64 timestamp;
        int256 cumulative; // sum of price * seconds
    }

    uint8 public constant DECIMALS = 8;
    /// @notice Largest allowed move per report, in percent of |price|.
    uint256 public constant MAX_DEVIATION = 10;
    /// @notice Number of observations kept in the ring buffer.
    uint256 public constant CAPACITY = 8;

    /// @notice The account that adds and removes reporters.
    address public immutable owner;
    /// @notice True for accounts allowed to report.
    mapping(address => bool) public isReporter;
    /// @notice Latest price (scaled by 10**DECIMALS).
    int256 public latestPrice;
    /// @notice Time of the latest report.
    uint64 public latestTime;
    /// @notice Ring buffer of observations.
    Observation[8] public observations;
    /// @notice Number of observations written so far (next index is count % CAPACITY).
    uint256 public count;

    event PriceReported(address indexed reporter, int256 price, int256 change);

    error DeviationTooLarge(int256 oldPrice, int256 newPrice);
    error NotReporter(address caller);

    /// @param initialPrice the first price, scaled by 10**DECIMALS
    constructor(int256 initialPrice) {
        owner = msg.sender;
        isReporter[msg.sender] = true;
        latestPrice = initialPrice;
        latestTime = uint64(block.timestamp);
        observations[0] = Observation(uint64(block.timestamp), 0);
        count = 1;
    }

    /// @notice Adds or removes a reporter.
    function setReporter(address reporter, bool allowed) external {
        require(msg.sender == owner, "not owner");
        isReporter[reporter] = allowed;
    }

    /// @notice |x| as an unsigned number (type(int256).min included).
    function abs(int256 x) public pure returns (uint256) {
        if (x == type(int256).min) return uint256(type(int256).max) + 1;
        return x < 0 ? uint256(-x) : uint256(x);
    }

    /// @notice Reports a new price.
    function report(int256 price) external {
        if (!isReporter[msg.sender]) revert NotReporter(msg.sender);
        int256 change = price - latestPrice;
        uint256 allowed = (abs(latestPrice) * MAX_DEVIATION) / 100;
        if (latestPrice != 0 && abs(change) > allowed) revert DeviationTooLarge(latestPrice, price);
        Observation memory last = observations[(count - 1) % CAPACITY];
        int256 elapsed = int256(uint256(block.timestamp - last.timestamp));
        observations[count % CAPACITY] = Observation(uint64(block.timestamp), last.cumulative + latestPrice * elapsed);
        count++;
        latestPrice = price;
        latestTime = uint64(block.timestamp);
        emit PriceReported(msg.sender, price, change);
    }

    /// @notice Time-weighted average price between observation `older` and now.
    function twap(uint256 older) external view returns (int256) {
        require(older < count && count - older <= CAPACITY, "observation overwritten or missing");
        Observation memory o = observations[older % CAPACITY];
        Observation memory last = observations[(count - 1) % CAPACITY];
        int256 sinceLast = int256(uint256(block.timestamp - last.timestamp));
        int256 cumulativeNow = last.cumulative + latestPrice * sinceLast;
        int256 span = int256(uint256(block.timestamp - o.timestamp));
        require(span > 0, "no time elapsed");
        return (cumulativeNow - o.cumulative) / span;
    }

    /// @notice The latest price in whole units, rounded toward zero, and its fractional part.
    function split() external view returns (int256 whole, uint256 fraction) {
        int256 unit = int256(10 ** uint256(DECIMALS));
        whole = latestPrice / unit;
        fraction = abs(latestPrice % unit);
    }

    /// @notice Converts an amount of base asset to quote asset at the latest price; reverts
    /// for a non-positive price.
    function convert(uint256 amount) external view returns (uint256) {
        require(latestPrice > 0, "price not positive");
        // latestPrice > 0, so the conversion to uint256 keeps its value
        return (amount * uint256(latestPrice)) / 10 ** DECIMALS;
    }
}
