package com.vurksha.product.farm;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.Slugs;

/** Lists and adds partner farms. */
@Service
class FarmDirectory {

	private final Farms farms;

	FarmDirectory(Farms farms) {
		this.farms = farms;
	}

	ApiResponse<List<Farm>> page(PageQuery page) {
		return ApiResponse.page(farms.page(page), page, farms.count());
	}

	Farm get(String idOrSlug) {
		return farms.find(idOrSlug)
			.orElseThrow(() -> new ApiException(ProductErrorCode.FARM_NOT_FOUND, "Farm " + idOrSlug + " does not exist"));
	}

	@Transactional
	Farm add(NewFarm request) {
		Farm farm = new Farm(UUID.randomUUID().toString(), Slugs.chosen(request.slug(), request.name()), request.name().strip(), request.village(),
				request.district(), request.state().strip(), request.description(), Boolean.TRUE.equals(request.certifiedOrganic()));
		try {
			farms.insert(farm);
		}
		catch (DuplicateKeyException ex) {
			throw new ApiException(ProductErrorCode.SLUG_TAKEN, "A farm with slug '" + farm.slug() + "' exists");
		}
		return farm;
	}
}
